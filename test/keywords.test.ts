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
