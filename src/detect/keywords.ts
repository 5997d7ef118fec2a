// Aho–Corasick over lower-cased ASCII: one pass per text finds every keyword, overlapping ones
// included, in time linear in the text. A case-insensitive regex alternation of ~150 literals was
// the scan's hot spot on the benchmark tree (2.3 s of 4.2 s); this loop is a table lookup per character.

const ALPHABET = 128;
/** Per UTF-8 byte, the UTF-16 units it does not make: a continuation byte none (1), a four-byte lead two (-1). */
const EXTRA_UNITS = Int8Array.from({ length: 256 }, (_, c) => (c >= 0x80 && c < 0xc0 ? 1 : c >= 0xf0 ? -1 : 0));

export class KeywordMatcher {
  /**
   * The DFA: a state's row has one column per character class (`classOf`), rows `1 << shift` wide. ~50 classes and
   * 16-bit states keep the table near 600 KB for ~4,600 states; one column per ASCII character and 32-bit states
   * made it 2.4 MB, and the scan mostly waited on cache misses (20 % of the bench scan, issue 14).
   */
  private readonly next: Uint16Array | Int32Array;
  private readonly shift: number;
  /** A text character's class: that of its lower-case form when a keyword holds it, else 0. */
  private readonly classOf: Uint8Array;
  /** For each state, the keyword indexes that end there (through failure links too). */
  private readonly out: number[][];
  /** 1 where a state ends a keyword: the hot loop tests a byte, not an array. */
  private readonly terminal: Uint8Array;
  /** `classOf` over bytes: a non-ASCII byte's class is 0. */
  private readonly byteClass: Uint8Array;

  constructor(readonly keywords: string[]) {
    // A class per character the keywords hold; every other character (class 0) leads where a character no keyword holds would.
    const keywordClass = new Uint8Array(ALPHABET);
    let classes = 1;
    for (const k of keywords) {
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        if (c >= ALPHABET) throw new Error(`keyword "${k}" must be ASCII`);
        if (keywordClass[c] === 0) keywordClass[c] = classes++;
      }
    }
    this.classOf = Uint8Array.from({ length: ALPHABET }, (_, c) => keywordClass[c >= 65 && c <= 90 ? c + 32 : c]);
    const shift = Math.max(1, Math.ceil(Math.log2(classes)));
    const width = 1 << shift;
    // The trie's edges as linked lists in typed arrays (state → its first edge; edge → the next one, its
    // class, its target). This runs once per process, before V8 has optimised anything: Maps and
    // their iterators here were a tenth of a small scan's start-up (issue 14).
    const cap = keywords.reduce((n, k) => n + k.length, 1);
    const firstEdge = new Int32Array(cap).fill(-1);
    const nextEdge = new Int32Array(cap);
    const edgeChar = new Uint8Array(cap);
    const outs: number[][] = [[]];
    let n = 1;
    keywords.forEach((k, ki) => {
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const c = keywordClass[k.charCodeAt(i)];
        let e = firstEdge[s];
        while (e !== -1 && edgeChar[e] !== c) e = nextEdge[e];
        if (e === -1) {
          // Each state but the root has one incoming edge: edge t leads to state t.
          e = n++;
          edgeChar[e] = c;
          nextEdge[e] = firstEdge[s];
          firstEdge[s] = e;
          outs.push([]);
        }
        s = e;
      }
      outs[s].push(ki);
    });
    // Breadth-first: failure links, then a full DFA table so matching never follows a link at run time.
    // A state's row is its failure state's row (complete: that state is shallower) with its own edges over it.
    const fail = new Int32Array(n);
    const next = n <= 0xffff ? new Uint16Array(n * width) : new Int32Array(n * width);
    const queue = new Int32Array(n);
    let tail = 0;
    for (let e = firstEdge[0]; e !== -1; e = nextEdge[e]) {
      next[edgeChar[e]] = e;
      queue[tail++] = e;
    }
    for (let qi = 0; qi < tail; qi++) {
      const s = queue[qi];
      const f = fail[s];
      if (outs[f].length) outs[s] = outs[s].concat(outs[f]);
      next.copyWithin(s * width, f * width, f * width + width);
      for (let e = firstEdge[s]; e !== -1; e = nextEdge[e]) {
        fail[e] = next[f * width + edgeChar[e]];
        next[s * width + edgeChar[e]] = e;
        queue[tail++] = e;
      }
    }
    this.next = next;
    this.shift = shift;
    this.byteClass = Uint8Array.from({ length: 256 }, (_, c) => (c < ALPHABET ? this.classOf[c] : 0));
    this.out = outs;
    this.terminal = Uint8Array.from(outs, (o) => (o.length ? 1 : 0));
  }

  /**
   * As `scan`, over UTF-8 bytes: no string is built for a file that holds no keyword. The offsets are those in the
   * bytes' decoding (UTF-16 units), exact when the bytes are valid UTF-8.
   */
  scanBytes(bytes: Uint8Array, hit: (keyword: number, end: number) => boolean | void, seen: Uint8Array): void {
    const next = this.next;
    const shift = this.shift;
    const classOf = this.byteClass;
    const terminal = this.terminal;
    const len = bytes.length;
    let s = 0;
    // Bytes so far that are not a UTF-16 unit of their own. No branch in the loop: a non-ASCII byte's class is 0,
    // which leads every state to the root (as the string scan's reset does), and its count is a table's.
    let extra = 0;
    for (let i = 0; i < len; i++) {
      const c = bytes[i];
      extra += EXTRA_UNITS[c];
      s = next[(s << shift) | classOf[c]];
      if (terminal[s] === 1) {
        const o = this.out[s];
        for (let j = 0; j < o.length; j++) {
          const v = seen[o[j]];
          if (v === 1) continue;
          if (v === 0) seen[o[j]] = 1;
          if (hit(o[j], i + 1 - extra)) return;
        }
      }
    }
  }

  /**
   * Calls `hit(keywordIndex, endOffset)` for every occurrence. Stops early when `hit` returns true.
   * Non-ASCII characters reset the automaton (keywords are ASCII).
   */
  scan(text: string, hit: (keyword: number, end: number) => boolean | void, seen?: Uint8Array): void {
    const next = this.next;
    const shift = this.shift;
    const classOf = this.classOf;
    const terminal = this.terminal;
    const len = text.length;
    let s = 0;
    for (let i = 0; i < len; i++) {
      const c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        s = 0;
        continue;
      }
      s = next[(s << shift) | classOf[c]];
      if (terminal[s] === 1) {
        const o = this.out[s];
        for (let j = 0; j < o.length; j++) {
          // With `seen`, only a keyword's first occurrence is reported (the prefilter needs no more), unless its
          // entry is 2: then every one is.
          if (seen !== undefined) {
            const v = seen[o[j]];
            if (v === 1) continue;
            if (v === 0) seen[o[j]] = 1;
          }
          if (hit(o[j], i + 1)) return;
        }
      }
    }
  }
}
