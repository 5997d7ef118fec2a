import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { keywordsWasmSource } from '../scripts/build-wasm.mjs';
import { encodedSpans } from '../src/detect/decode.js';
import { KeywordMatcher, LITTLE_ENDIAN, loopsModule } from '../src/detect/keywords.js';

describe('keyword matcher engines', () => {
  it('walks bytes in WebAssembly by default, in JavaScript when asked', () => {
    expect(new KeywordMatcher(['ab']).engine).toBe('wasm');
    expect(new KeywordMatcher(['ab'], { wasm: false }).engine).toBe('js');
  });

  it('leaves the module out on a big-endian machine, whose typed arrays would misread its memory', () => {
    expect(LITTLE_ENDIAN).toBe(true);
    expect(loopsModule(true)).toBeInstanceOf(WebAssembly.Module);
    expect(loopsModule(false)).toBeNull();
  });

  it('decodes valid UTF-8 as Buffer#toString does, across its 16-byte steps, up to 1 MiB', () => {
    const m = new KeywordMatcher(['ab']);
    let seed = 11;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return seed % n;
    };
    const chars = ['a', 'Z', ' ', '\n', '\u0000', '\u00e9', '\u00ff', '\u07ff', '\u0800', '\u20ac', '\ufeff', '\uffff', '\u{10000}', '\u{1f600}', '\u{10ffff}'];
    const texts = [
      '',
      '\ufeffBOM first',
      ...Array.from({ length: 300 }, (_, i) => Array.from({ length: i * 7 }, () => (rand(3) ? 'x' : chars[rand(chars.length)])).join('')),
      `${'a'.repeat((1 << 18) - 16)}${chars.slice(5, 9).join('')}`,
    ];
    for (const text of texts) {
      const bytes = Buffer.from(text, 'utf8');
      expect(bytes.length).toBeLessThanOrEqual(1 << 18);
      expect(m.decodeUtf8(bytes)).toBe(bytes.toString('utf8'));
    }
    // Up to 1 MiB the memory grows to hold the output; longer texts are V8's to decode, as without WebAssembly.
    const grown = Buffer.from(`${'é'.repeat(1 << 17)}${'€'.repeat(1 << 16)}\u{1f600}${'a'.repeat(300000)}`);
    expect(grown.length).toBeGreaterThan(1 << 19);
    expect(m.decodeUtf8(grown)).toBe(grown.toString('utf8'));
    expect(m.decodeUtf8(Buffer.from(`${'é'.repeat(1 << 19)}x`))).toBeUndefined();
    expect(new KeywordMatcher(['ab'], { wasm: false }).decodeUtf8(Buffer.from('é'))).toBeUndefined();
  });

  it("finds the base64 values after marks where decode.ts's own search does, at the same offsets, in bytes of any width", () => {
    const m = new KeywordMatcher(['ab']);
    let seed = 5;
    const rand = (n: number) => {
      seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
      return (seed >>> 8) % n;
    };
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    // Values that decode to printable text and values that do not, short runs, marks run together, blanks and quotes
    // up to and past the eight `base64ValueAt` skips, characters of two to four bytes before and inside them.
    const pieces = [
      ...':|=|Basic |Basi|B|: |= "|:\'|\t|"|\'|==|\n|é|€|😀'.split('|'),
      ' '.repeat(8),
      ' '.repeat(9),
      ...[b64('user:correct-horse-battery'), b64('a printable text of some length'), b64('sixteen chars!!!').slice(0, 16), b64('short')],
      ...['Zm9vYmFyYmF6cXV4cXV1eA', 'A'.repeat(20), 'I'.repeat(15), 'I'.repeat(16), 'x'.repeat(40)],
    ];
    let total = 0;
    for (let n = 0; n < 400; n++) {
      const text = Array.from({ length: n % 50 === 49 ? 20000 : rand(60) }, () => pieces[rand(pieces.length)]).join('');
      const bytes = Buffer.from(text, 'utf8');
      const marked = m.markedOffsets(
        bytes,
        bytes.every((b) => b < 0x80),
      );
      const spans = encodedSpans(text, [], marked);
      expect(spans).toEqual(encodedSpans(text, []));
      total += spans.length;
    }
    // Across the module's calls of 64 KiB, a value that straddles one, and a mark in a text's last bytes.
    for (const text of [`${'x'.repeat(65536 - 3)}: ${b64('user:correct-horse-battery')}`, `${'y'.repeat(65530)}Basic ${b64('user:pass-word-long')}`, `${'z'.repeat(70000)}=`, 'Basic']) {
      const bytes = Buffer.from(text);
      expect(encodedSpans(text, [], m.markedOffsets(bytes, true))).toEqual(encodedSpans(text, []));
    }
    expect(total).toBeGreaterThan(200);
    expect(new KeywordMatcher(['ab'], { wasm: false }).markedOffsets(Buffer.from(': x'), true)).toBeUndefined();
  });

  it('carries the module keywords.wat compiles to (else: node scripts/build-wasm.mjs)', async () => {
    expect(readFileSync(new URL('../src/detect/keywords-wasm.ts', import.meta.url), 'utf8')).toBe(await keywordsWasmSource());
  });
});

describe('keyword matcher', () => {
  it('finds every keyword, overlapping and nested, case-insensitively', () => {
    const m = new KeywordMatcher(['passw', '_password', 'word', 'token', 'ghp_']);
    const hits: string[] = [];
    m.scan('DB_PASSWORD=x; MyToken; ghp_', (k, end) => void hits.push(`${m.keywords[k]}@${end}`));
    expect(hits.sort()).toEqual(['_password@11', 'ghp_@28', 'passw@8', 'token@22', 'word@11'].sort());
  });

  it('resets on non-ASCII characters and stops when asked', () => {
    const m = new KeywordMatcher(['ab']);
    const hits: number[] = [];
    m.scan('aéb ab ab', (_k, end) => (hits.push(end), true));
    expect(hits).toEqual([6]);
  });
});

// Bytes are walked in WebAssembly, or in JavaScript where it is not available: both are held to the string scan.
describe.each([
  ['WebAssembly', {}],
  ['JavaScript', { wasm: false }],
])('keyword matcher against a plain search, bytes in %s', (_engine, options) => {
  // Keywords over a few characters, so that they overlap, nest and share prefixes; text of those characters in
  // both cases, others, and characters of two, three and four UTF-8 bytes (which reset the automaton).
  const keywords = ['ab', 'abc', 'bca', 'c_a', 'a-b', 'b', 'ca"b', 'xyz:', 'a=b'];
  const chars = ['a', 'b', 'c', 'A', 'B', 'C', '_', '-', '"', ':', '=', 'x', 'y', 'z', 'X', ' ', '\n', 'é', '€', '😀'];
  let seed = 7;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const text = Array.from({ length: 100_000 }, () => chars[rand(chars.length)]).join('');

  it('reports every occurrence a plain search finds, in a string and in its UTF-8 bytes at the same offsets', () => {
    const m = new KeywordMatcher(keywords, options);
    const lower = text.toLowerCase();
    const expected: string[] = [];
    keywords.forEach((k, ki) => {
      for (let i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) expected.push(`${ki}@${i + k.length}`);
    });
    const fromString: string[] = [];
    m.scan(text, (k, end) => void fromString.push(`${k}@${end}`));
    const fromBytes: string[] = [];
    m.scanBytes(Buffer.from(text, 'utf8'), (k, end) => void fromBytes.push(`${k}@${end}`), new Uint8Array(keywords.length).fill(2));
    // The order of one pass over the string, in both.
    expect(fromBytes).toEqual(fromString);
    expect(fromString.sort()).toEqual(expected.sort());
  });

  it('reports each keyword once with `seen`, in the order of one pass, and stops when asked, in bytes as in the string', () => {
    const m = new KeywordMatcher(keywords, options);
    const firsts = (scan: (hit: (k: number, end: number) => boolean | void, seen: Uint8Array) => void, stopAt = Infinity) => {
      const got: string[] = [];
      scan((k, end) => got.push(`${k}@${end}`) >= stopAt, new Uint8Array(keywords.length));
      return got;
    };
    const bytes = Buffer.from(text, 'utf8');
    expect(firsts((hit, seen) => m.scanBytes(bytes, hit, seen))).toEqual(firsts((hit, seen) => m.scan(text, hit, seen)));
    expect(firsts((hit, seen) => m.scanBytes(bytes, hit, seen), 5)).toEqual(firsts((hit, seen) => m.scan(text, hit, seen), 5));
    // A keyword first met in the second half: `ca"b` placed only after the middle.
    const late = `${'x'.repeat(70_000)}é${'y'.repeat(1000)}CA"B`;
    // Keywords ending just before, at and after the middle (80,000 bytes: 40,000).
    const middle = `${'x'.repeat(39_996)}bcabcaB${'x'.repeat(39_997)}`;
    const all = (scan: (hit: (k: number, end: number) => void, seen: Uint8Array) => void) => {
      const got: string[] = [];
      scan((k, end) => void got.push(`${k}@${end}`), new Uint8Array(keywords.length).fill(2));
      return got;
    };
    expect(all((hit, seen) => m.scanBytes(Buffer.from(middle), hit, seen))).toEqual(all((hit, seen) => m.scan(middle, hit, seen)));
    expect(firsts((hit, seen) => m.scanBytes(Buffer.from(late, 'utf8'), hit, seen))).toEqual(firsts((hit, seen) => m.scan(late, hit, seen)));
  });

  it('finds a keyword across each quarter of a long text once, at its offset, after characters of several bytes', () => {
    // Long texts are scanned as four interleaved quarters (KeywordMatcher.scanStreams): a keyword may end just
    // before, at or after a boundary, and the offsets count UTF-16 units of the multi-byte characters before it.
    const m = new KeywordMatcher(['xyz:', 'ca"b', 'b'], options);
    for (const len of [4096, 4099, 10_001, 64_000]) {
      for (const shift of [-5, -4, -3, -2, -1, 0, 1, 2, 3]) {
        const chars = Array.from({ length: len }, (_, i) => (i % 997 === 0 ? 'é' : i % 1499 === 0 ? '😀' : '.'));
        const q = Math.floor(Buffer.byteLength(chars.join('')) / 4);
        // Place `xyz:` so that its last byte lands near each quarter boundary (in bytes).
        const text = chars.join('');
        const bytes = Buffer.from(text, 'utf8');
        for (const boundary of [q, 2 * q, 3 * q]) {
          // Over dots only, so the text stays valid UTF-8 (offsets in bytes match the decoding's only then).
          let at = boundary + shift - 4;
          while (bytes.subarray(at, at + 4).some((b) => b !== 0x2e)) at++;
          bytes.write('xyz:', at, 'latin1');
        }
        const decoded = bytes.toString('utf8');
        const fromString: string[] = [];
        m.scan(decoded, (k, end) => void fromString.push(`${k}@${end}`), new Uint8Array(3).fill(2));
        const fromBytes: string[] = [];
        m.scanBytes(bytes, (k, end) => void fromBytes.push(`${k}@${end}`), new Uint8Array(3).fill(2));
        expect(fromBytes).toEqual(fromString);
        expect(fromBytes.filter((h) => h.startsWith('0@')).length).toBe(3);
      }
    }
  });

  it("finds keywords across the loops' segments and in a text larger than its memory held, then in a small one", () => {
    // The WebAssembly loops take 16 KiB per stream per call and start with 1 MiB for a text: keywords placed at
    // and around each 16 KiB of a 3 MB text, after characters of two to four bytes, are found where the string finds them.
    const m = new KeywordMatcher(['token', 'ghp_', 'b'], options);
    const parts: string[] = [];
    let length = 0;
    for (let i = 0; length < 3_000_000; i++) {
      const filler = i % 7 === 0 ? '€'.repeat(5) : i % 11 === 0 ? '😀é' : '.'.repeat(16_384 - (i % 5) - 3);
      parts.push(filler, i % 3 === 0 ? 'TOKEN' : i % 3 === 1 ? 'ghp_' : 'xbx');
      length += Buffer.byteLength(filler) + 4;
    }
    for (const text of [parts.join(''), `a b ${'é'.repeat(40)} token`]) {
      const fromString: string[] = [];
      m.scan(text, (k, end) => void fromString.push(`${k}@${end}`), new Uint8Array(3).fill(2));
      const fromBytes: string[] = [];
      m.scanBytes(Buffer.from(text, 'utf8'), (k, end) => void fromBytes.push(`${k}@${end}`), new Uint8Array(3).fill(2));
      expect(fromBytes.length).toBeGreaterThan(1);
      expect(fromBytes).toEqual(fromString);
    }
  });
});
