// The formatting helpers every writer shares (src/report/format.ts).
import { describe, expect, it } from 'vitest';
import { formatBytes, markdownCode, markdownText } from '../src/report/format.js';

/** Cells of a GFM table row: split on pipes that are not escaped (an escaped backslash does not escape). */
const cells = (row: string) => row.replace(/\\\\/g, '').replace(/\\\|/g, '').split('|').length - 2;

describe('formatBytes', () => {
  it('counts in binary units with one decimal, as the text report always has', () => {
    expect(formatBytes(0)).toBe('0 B');
    expect(formatBytes(1023)).toBe('1023 B');
    expect(formatBytes(3 * 1024)).toBe('3.0 KiB');
    expect(formatBytes(1536 * 1024)).toBe('1.5 MiB');
    expect(formatBytes(12 * 1024 * 1024)).toBe('12.0 MiB');
    expect(formatBytes(5 * 1024 ** 3)).toBe('5.0 GiB');
    expect(formatBytes(2048 * 1024 ** 4)).toBe('2048.0 TiB');
  });
});

describe('markdownText', () => {
  it('keeps a hostile value inside one cell: no HTML, no mention, no line break, no cell break', () => {
    const hostile = 'a|b\\|c\\ <img src=x> @octocat &amp;\nnext';
    const out = markdownText(hostile);
    expect(out).not.toMatch(/[<>\n@]/);
    expect(out).toContain('&amp;amp;');
    expect(cells(`| ${out} |`)).toBe(1);
  });

  it('leaves plain prose alone', () => {
    expect(markdownText('can delete volume, database; production')).toBe('can delete volume, database; production');
  });
});

describe('markdownCode', () => {
  it('shows content as it is, one fence longer than any backtick run', () => {
    expect(markdownCode('src/a.ts:3')).toBe('`src/a.ts:3`');
    expect(markdownCode('a`b')).toBe('`` a`b ``');
    expect(markdownCode('a``b')).toBe('``` a``b ```');
  });

  it('stays on one line and in one cell', () => {
    const out = markdownCode('x|y\nz\tw');
    expect(out).toBe('`x\\|y z w`');
    expect(cells(`| ${out} |`)).toBe(1);
  });
});
