import { describe, expect, it } from 'vitest';
import { KeywordMatcher } from '../src/detect/keywords.js';

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

describe('keyword matcher against a plain search', () => {
  // Keywords over a few characters, so that they overlap, nest and share prefixes; text of those characters in
  // both cases, others, and characters of two, three and four UTF-8 bytes (which reset the automaton).
  const keywords = ['ab', 'abc', 'bca', 'c_a', 'a-b', 'b', 'ca"b', 'xyz:', 'a=b'];
  const chars = ['a', 'b', 'c', 'A', 'B', 'C', '_', '-', '"', ':', '=', 'x', 'y', 'z', 'X', ' ', '\n', 'é', '€', '😀'];
  let seed = 7;
  const rand = (n: number) => {
    seed = (Math.imul(seed, 1103515245) + 12345) >>> 0;
    return seed % n;
  };
  const text = Array.from({ length: 20_000 }, () => chars[rand(chars.length)]).join('');

  it('reports every occurrence a plain search finds, in a string and in its UTF-8 bytes at the same offsets', () => {
    const m = new KeywordMatcher(keywords);
    const lower = text.toLowerCase();
    const expected: string[] = [];
    keywords.forEach((k, ki) => {
      for (let i = lower.indexOf(k); i >= 0; i = lower.indexOf(k, i + 1)) expected.push(`${ki}@${i + k.length}`);
    });
    const fromString: string[] = [];
    m.scan(text, (k, end) => void fromString.push(`${k}@${end}`));
    const fromBytes: string[] = [];
    m.scanBytes(Buffer.from(text, 'utf8'), (k, end) => void fromBytes.push(`${k}@${end}`), new Uint8Array(keywords.length).fill(2));
    expect(fromString.sort()).toEqual(expected.sort());
    expect(fromBytes.sort()).toEqual(expected);
  });
});
