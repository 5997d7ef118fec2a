// No raw secret in any output: every detector's positive examples through every reporter.
import { describe, expect, it } from 'vitest';
import { detectors } from '../detectors/index.js';
import { toHtml } from '../src/report/html.js';
import { toJson } from '../src/report/json.js';
import { scanMap } from '../src/report/map.js';
import { toMarkdown } from '../src/report/markdown.js';
import { toSarif } from '../src/report/sarif.js';
import { toText } from '../src/report/text.js';
import { scan } from './helpers.js';
import { scanDefaults, workspace } from './helpers.js';
import { exampleWorkspace, leakForms } from './secret-forms.js';

const { files, secrets } = exampleWorkspace();
const forms = leakForms;

describe('redaction', async () => {
  const report = await scan({ ...scanDefaults, root: workspace(files) });
  const outputs = {
    text: toText(report, undefined, true),
    json: toJson(report, true),
    sarif: JSON.stringify(toSarif(report)),
    markdown: toMarkdown(report, { failOn: 'high' }),
    html: toHtml(scanMap(report)),
  };

  it('finds every positive example', () => {
    const found = new Set(report.results.map((r) => r.finding.secret));
    const missing = secrets.filter((s) => !found.has(s));
    const where = missing.map((s) => Object.keys(files).find((f) => files[f].includes(s)));
    expect(missing.length, `${missing.length} positives not reported: ${where.join(', ')}`).toBe(0);
  });

  it.each(Object.keys(outputs))('%s output holds no secret, nor its encoded or decoded forms', (format) => {
    const text = outputs[format as keyof typeof outputs];
    const leaks: string[] = [];
    for (const s of secrets) for (const f of forms(s)) if (text.includes(f)) leaks.push(f.slice(0, 8) + '…');
    for (const r of report.results) for (const v of Object.values(r.finding.parts)) if (v.length >= 6 && text.includes(v)) leaks.push(`part of ${r.finding.detectorId}`);
    expect(leaks).toEqual([]);
  });

  it('previews show at most the public prefix and four more characters', () => {
    for (const r of report.results) {
      const { redacted, secret } = r.finding;
      const shown = redacted.replace(/…$/, '');
      if (secret.startsWith(shown) && shown.length) {
        const d = detectors.find((x) => x.id === r.finding.detectorId)!;
        const prefix = d.redaction.kind === 'prefix' ? (d.redaction.prefix.exec(secret)?.[0] ?? '') : '';
        expect(shown.length - prefix.length, `${d.id} preview ${redacted}`).toBeLessThanOrEqual(4);
      }
    }
  });
});
