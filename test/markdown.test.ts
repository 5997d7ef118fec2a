// The Markdown reporter (job summary and PR comment): a pure function of the report, escaped against
// what a pull request's author controls, and capped to GitHub's limits.
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { capMarkdown, COMMENT_LIMIT, SUMMARY_LIMIT, toMarkdown } from '../src/report/markdown.js';
import { scan } from './helpers.js';
import { scanDefaults, workspace } from './helpers.js';

/** Cells of a GFM table row: split on pipes that are not escaped. */
const cells = (row: string) => row.replace(/\\\|/g, '').split('|').length - 2;

describe('toMarkdown', async () => {
  const token = fake.uuid();
  const report = await scan({
    ...scanDefaults,
    root: workspace({
      'deploy/a|b <img src=x> @octocat.env': `RAILWAY_API_TOKEN=${token}\n`,
      'other.sh': `export RAILWAY_TOKEN=${fake.uuid()}\n`,
    }),
  });

  it('is a pure function of the report', async () => {
    expect(toMarkdown(report, { failOn: 'high' })).toBe(toMarkdown(report, { failOn: 'high' }));
  });

  it('puts names from the scanned tree in code spans, so a file name cannot break the table, mention or inject HTML', () => {
    const md = toMarkdown(report, { failOn: 'high' });
    const row = md.split('\n').find((l) => l.includes('@octocat'))!;
    expect(row).toContain('`deploy/a\\|b <img src=x> @octocat.env:1`');
    expect(cells(row)).toBe(6);
    // Outside code spans nothing of the name remains.
    expect(row.replace(/`[^`]*`/g, '')).not.toMatch(/<img|@octocat/);
    expect(md).not.toContain(token);
  });

  it('in a pull request, splits new findings from those already at the base', () => {
    const existing = report.results.find((r) => r.finding.path === 'other.sh')!.finding.fingerprint;
    const md = toMarkdown(report, { failOn: 'high', base: new Set([existing]), baseLabel: 'main' });
    expect(md).toContain('#### New in this pull request (1)');
    expect(md).toContain('1 credential already at the base `main` (not new)');
    expect(md).toContain('<summary>Already at the base, not new (1)</summary>');
    const brief = toMarkdown(report, { failOn: 'high', base: new Set([existing]), baseLabel: 'main', brief: true, marker: '<!-- m -->', detailsUrl: 'https://x/run' });
    expect(brief.startsWith('<!-- m -->\n')).toBe(true);
    expect(brief).not.toContain('<details>');
    expect(brief).toContain('[job summary](https://x/run)');
  });

  it('says when nothing is new', () => {
    const all = new Set(report.results.map((r) => r.finding.fingerprint));
    expect(toMarkdown(report, { failOn: 'high', base: all, baseLabel: 'main' })).toContain('✅ **No new credential an agent could read is added by this pull request.**');
  });
});

describe('capMarkdown', () => {
  const table = [
    '### t',
    '',
    '<details>',
    '<summary>s</summary>',
    '',
    '| a | b |',
    '|---|---|',
    ...Array.from({ length: 5000 }, (_, i) => `| row ${i} — ü | ${'x'.repeat(40)} |`),
    '',
    '</details>',
  ].join('\n');

  it('leaves Markdown that fits alone', () => {
    expect(capMarkdown('short', COMMENT_LIMIT, 'characters', 'p')).toBe('short');
  });

  it('cuts a comment to 65,536 characters at a line, closes <details> and points to the rest', () => {
    const capped = capMarkdown(table, COMMENT_LIMIT, 'characters', 'The full report is in the job summary.');
    expect(table.length).toBeGreaterThan(COMMENT_LIMIT);
    expect(capped.length).toBeLessThanOrEqual(COMMENT_LIMIT);
    expect(capped.length).toBeGreaterThan(COMMENT_LIMIT - 200);
    expect(capped).toMatch(/\n<\/details>\n\n\*\*Truncated\.\*\* The full report is in the job summary\.\n$/);
    expect(
      capped
        .split('\n')
        .filter((l) => l.startsWith('| row'))
        .every((l) => l.endsWith('|')),
    ).toBe(true);
  });

  it('counts bytes for a job summary', () => {
    const big = table.repeat(4);
    const capped = capMarkdown(big, SUMMARY_LIMIT, 'bytes', 'See the SARIF file.');
    expect(Buffer.byteLength(big)).toBeGreaterThan(SUMMARY_LIMIT);
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(SUMMARY_LIMIT);
    expect(capped.endsWith('**Truncated.** See the SARIF file.\n')).toBe(true);
  });

  it('cuts inside a single over-long line if it must', () => {
    const capped = capMarkdown('ü'.repeat(1000), 500, 'bytes', 'p');
    expect(Buffer.byteLength(capped)).toBeLessThanOrEqual(500);
    expect(capped).toContain('**Truncated.** p');
  });
});
