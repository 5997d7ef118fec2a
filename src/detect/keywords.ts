// Aho–Corasick over lower-cased ASCII: one pass per text finds every keyword, overlapping ones
// included, in time linear in the text. A case-insensitive regex alternation of ~150 literals was
// the scan's hot spot on the benchmark tree (2.3 s of 4.2 s); this loop is a table lookup per character.

const ALPHABET = 128;

export class KeywordMatcher {
  private readonly next: Int32Array;
  /** For each state, the keyword indexes that end there (through failure links too). */
  private readonly out: number[][];
  /** 1 where a state ends a keyword: the hot loop tests a byte, not an array. */
  private readonly terminal: Uint8Array;

  constructor(readonly keywords: string[]) {
    const goto: Array<Map<number, number>> = [new Map()];
    const outs: number[][] = [[]];
    keywords.forEach((k, ki) => {
      let s = 0;
      for (let i = 0; i < k.length; i++) {
        const c = k.charCodeAt(i);
        if (c >= ALPHABET) throw new Error(`keyword "${k}" must be ASCII`);
        let t = goto[s].get(c);
        if (t === undefined) {
          t = goto.length;
          goto.push(new Map());
          outs.push([]);
          goto[s].set(c, t);
        }
        s = t;
      }
      outs[s].push(ki);
    });
    // Breadth-first: failure links, then a full DFA table so matching never follows a link at run time.
    const n = goto.length;
    const fail = new Int32Array(n);
    this.next = new Int32Array(n * ALPHABET);
    const queue: number[] = [];
    for (let c = 0; c < ALPHABET; c++) {
      const t = goto[0].get(c);
      if (t !== undefined) {
        this.next[c] = t;
        queue.push(t);
      }
    }
    // A state's row is its failure state's row (complete: that state is shallower) with its own edges
    // over it: one copy per state, not a Map lookup per state and character (a tenth of a small scan's
    // start-up when every state looked up all 128).
    for (let qi = 0; qi < queue.length; qi++) {
      const s = queue[qi];
      outs[s] = [...outs[s], ...outs[fail[s]]];
      this.next.copyWithin(s * ALPHABET, fail[s] * ALPHABET, fail[s] * ALPHABET + ALPHABET);
      for (const [c, t] of goto[s]) {
        fail[t] = this.next[fail[s] * ALPHABET + c];
        this.next[s * ALPHABET + c] = t;
        queue.push(t);
      }
    }
    this.out = outs;
    this.terminal = Uint8Array.from(outs, (o) => (o.length ? 1 : 0));
  }

  /** As `scan`, over UTF-8 bytes: no string is built for a file that holds no keyword. */
  scanBytes(bytes: Uint8Array, hit: (keyword: number, end: number) => boolean | void, seen: Uint8Array): void {
    const next = this.next;
    const terminal = this.terminal;
    const len = bytes.length;
    let s = 0;
    for (let i = 0; i < len; i++) {
      let c = bytes[i];
      if (c >= ALPHABET) {
        s = 0;
        continue;
      }
      if (c >= 65 && c <= 90) c += 32;
      s = next[(s << 7) | c];
      if (terminal[s] === 1) {
        const o = this.out[s];
        for (let j = 0; j < o.length; j++) {
          if (seen[o[j]] === 1) continue;
          seen[o[j]] = 1;
          if (hit(o[j], i + 1)) return;
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
    const terminal = this.terminal;
    const len = text.length;
    let s = 0;
    for (let i = 0; i < len; i++) {
      let c = text.charCodeAt(i);
      if (c >= ALPHABET) {
        s = 0;
        continue;
      }
      if (c >= 65 && c <= 90) c += 32;
      s = next[(s << 7) | c];
      if (terminal[s] === 1) {
        const o = this.out[s];
        for (let j = 0; j < o.length; j++) {
          // With `seen`, only a keyword's first occurrence is reported: the prefilter needs no more.
          if (seen !== undefined) {
            if (seen[o[j]] === 1) continue;
            seen[o[j]] = 1;
          }
          if (hit(o[j], i + 1)) return;
        }
      }
    }
  }
}
