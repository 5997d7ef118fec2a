// Aho–Corasick over lower-cased ASCII: one pass per text finds every keyword, overlapping ones
// included, in time linear in the text. A case-insensitive regex alternation of ~150 literals was
// the scan's hot spot on the benchmark tree (2.3 s of 4.2 s); this loop is a table lookup per character.

const ALPHABET = 128;
/** Texts of this many bytes or more are scanned as `STREAMS` interleaved quarters (see `scanStreams`). */
const SPLIT_BYTES = 4096;
const STREAMS = 4;
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
  /** The longest keyword's length: a stream of `scanBytes` starts this many bytes less one before its share. */
  private readonly longest: number;
  /** Per stream of `scanBytes`, the keywords it met and where they end, in its order (reused from text to text). */
  private found = Array.from({ length: STREAMS }, () => new Int32Array(256));

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
    this.longest = keywords.reduce((n, k) => Math.max(n, k.length), 1);
  }

  /**
   * As `scan`, over UTF-8 bytes: no string is built for a file that holds no keyword. The offsets are those in the
   * bytes' decoding (UTF-16 units), exact when the bytes are valid UTF-8.
   */
  scanBytes(bytes: Uint8Array, hit: (keyword: number, end: number) => boolean | void, seen: Uint8Array): void {
    if (bytes.length >= SPLIT_BYTES && bytes.length / STREAMS > this.longest) {
      this.scanStreams(bytes, hit, seen);
      return;
    }
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
   * `scanBytes` over a longer text: four quarters as four automata in one loop. Each step of one automaton waits on
   * the load of the step before (the loop ran at the latency of a table load per byte); four independent chains
   * keep the processor busy while they wait (bench tree, min of 7: 4.3 -> 2.7 ns per byte, issue 14). A quarter's
   * automaton starts `longest - 1` bytes early, reporting nothing there, so a keyword across a boundary is found
   * once, by the quarter it ends in. What each meets is kept, then handed to `hit` in one pass's order.
   */
  private scanStreams(bytes: Uint8Array, hit: (keyword: number, end: number) => boolean | void, seen: Uint8Array): void {
    const next = this.next;
    const shift = this.shift;
    const classOf = this.byteClass;
    const terminal = this.terminal;
    const len = bytes.length;
    const q = Math.floor(len / STREAMS);
    const b1 = q;
    const b2 = 2 * q;
    const b3 = 3 * q;
    const lead = this.longest - 1;
    // Each quarter's own `seen`: a keyword is kept once per quarter unless its every occurrence is wanted.
    const seen0 = seen.slice();
    const seen1 = seen.slice();
    const seen2 = seen.slice();
    const seen3 = seen.slice();
    const count = [0, 0, 0, 0];
    let s0 = 0;
    let s1 = 0;
    let s2 = 0;
    let s3 = 0;
    // Per quarter, bytes read that are not a UTF-16 unit of their own (see `scanBytes`), from where it started.
    let e0 = 0;
    let e1 = 0;
    let e2 = 0;
    let e3 = 0;
    for (let p = b1 - lead; p < b1; p++) {
      e1 += EXTRA_UNITS[bytes[p]];
      s1 = next[(s1 << shift) | classOf[bytes[p]]];
    }
    for (let p = b2 - lead; p < b2; p++) {
      e2 += EXTRA_UNITS[bytes[p]];
      s2 = next[(s2 << shift) | classOf[bytes[p]]];
    }
    for (let p = b3 - lead; p < b3; p++) {
      e3 += EXTRA_UNITS[bytes[p]];
      s3 = next[(s3 << shift) | classOf[bytes[p]]];
    }
    for (let i = 0; i < q; i++) {
      const c0 = bytes[i];
      const c1 = bytes[b1 + i];
      const c2 = bytes[b2 + i];
      const c3 = bytes[b3 + i];
      e0 += EXTRA_UNITS[c0];
      e1 += EXTRA_UNITS[c1];
      e2 += EXTRA_UNITS[c2];
      e3 += EXTRA_UNITS[c3];
      s0 = next[(s0 << shift) | classOf[c0]];
      s1 = next[(s1 << shift) | classOf[c1]];
      s2 = next[(s2 << shift) | classOf[c2]];
      s3 = next[(s3 << shift) | classOf[c3]];
      if ((terminal[s0] | terminal[s1] | terminal[s2] | terminal[s3]) !== 0) {
        if (terminal[s0] === 1) this.keep(0, s0, i + 1 - e0, seen0, count);
        if (terminal[s1] === 1) this.keep(1, s1, b1 + i + 1 - e1, seen1, count);
        if (terminal[s2] === 1) this.keep(2, s2, b2 + i + 1 - e2, seen2, count);
        if (terminal[s3] === 1) this.keep(3, s3, b3 + i + 1 - e3, seen3, count);
      }
    }
    for (let p = b3 + q; p < len; p++) {
      e3 += EXTRA_UNITS[bytes[p]];
      s3 = next[(s3 << shift) | classOf[bytes[p]]];
      if (terminal[s3] === 1) this.keep(3, s3, p + 1 - e3, seen3, count);
    }
    // The units a quarter's own count leaves out: those before its start (its lead bytes were counted by it and by
    // the quarter before).
    const units = (from: number, to: number) => {
      let n = 0;
      for (let p = from; p < to; p++) n += EXTRA_UNITS[bytes[p]];
      return n;
    };
    const before1 = e0 - units(b1 - lead, b1);
    const before2 = before1 + e1 - units(b2 - lead, b2);
    const before3 = before2 + e2 - units(b3 - lead, b3);
    const shiftBy = [0, before1, before2, before3];
    for (let k = 0; k < STREAMS; k++) {
      const f = this.found[k];
      for (let j = 0; j < count[k]; j += 2) {
        const o = f[j];
        const v = seen[o];
        if (v === 1) continue;
        if (v === 0) seen[o] = 1;
        if (hit(o, f[j + 1] - shiftBy[k])) return;
      }
    }
  }

  /** Keeps what quarter `k` met at state `s` (see `scanStreams`), each keyword once unless `seen` wants every occurrence. */
  private keep(k: number, s: number, end: number, seen: Uint8Array, count: number[]): void {
    const o = this.out[s];
    for (let j = 0; j < o.length; j++) {
      const v = seen[o[j]];
      if (v === 1) continue;
      if (v === 0) seen[o[j]] = 1;
      let f = this.found[k];
      const n = count[k];
      if (n + 2 > f.length) {
        const grown = new Int32Array(f.length * 2);
        grown.set(f);
        this.found[k] = f = grown;
      }
      f[n] = o[j];
      f[n + 1] = end;
      count[k] = n + 2;
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
