// Accepted findings: the config's `accept` (with `expires`), baseline files (`--baseline`,
// `--write-baseline`) and inline `agent-blast-radius:allow <reason>`. Accepted findings never fail the
// scan, are never sent to a provider, and never vanish: text lists them, JSON marks them, SARIF carries
// `suppressions`, and the summary counts them.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Ajv from 'ajv-draft-04';
import { afterAll, describe, expect, it } from 'vitest';
import { allowReason } from '../src/detect/allow.js';
import { fingerprint } from '../src/detect/engine.js';
import * as fake from '../src/detect/fake.js';
import { toSarif } from '../src/report/sarif.js';
import { scan } from './helpers.js';
import { cli, scanDefaults, workspace } from './helpers.js';
import { json, recorded, startStandin } from './standins/index.js';

const fp = (t: string) => fingerprint('railway', t);

describe('--write-baseline and --baseline', () => {
  const a = fake.uuid();
  const b = fake.uuid();
  const dir = workspace({ 'scripts/a.sh': `export RAILWAY_API_TOKEN=${a}\n`, 'notes.txt': `RAILWAY_API_TOKEN=${b}\nagain RAILWAY_API_TOKEN=${b}\n` });
  const file = join(dir, 'baseline.yml');

  it('writes every finding as accepted and exits 0', () => {
    expect(cli(['scan', dir]).code).toBe(1);
    const r = cli(['scan', dir, '--write-baseline', file]);
    expect(r.code).toBe(0);
    expect(r.stderr).toContain(`baseline written to ${file}`);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain(`- fingerprint: ${fp(a)}`);
    expect(text).toContain(`- fingerprint: ${fp(b)}`);
    expect(text.match(/- fingerprint:/g)).toHaveLength(2);
    expect(text).toMatch(/reason: "baselined on \d{4}-\d\d-\d\d: Railway account-or-workspace-token at notes\.txt:1"/);
    expect(text).not.toContain(a);
  });

  it('--baseline accepts them: exit 0, and they are still reported, marked, and counted', () => {
    const r = cli(['scan', dir, '--baseline', file]);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain('Accepted (not failing):');
    expect(r.stdout).toMatch(/notes\.txt:1 {2}ABR001, ABR002.*\n\s+accepted: baselined on/);
    expect(r.stdout).toContain('credentials: 3 occurrences of 2 unique secrets · 3 accepted');
    expect(r.stdout).toContain('results: none');
    const j = JSON.parse(cli(['scan', dir, '--baseline', file, '--format', 'json']).stdout);
    expect(j.summary.accepted).toBe(3);
    expect(j.results.length).toBeGreaterThan(0);
    expect(j.results.every((x: { accepted?: { kind: string } }) => x.accepted?.kind === 'external')).toBe(true);
    const sarif = JSON.parse(cli(['scan', dir, '--baseline', file, '--format', 'sarif']).stdout);
    for (const res of sarif.runs[0].results) expect(res.suppressions).toEqual([{ kind: 'external', status: 'accepted', justification: expect.stringMatching(/^baselined on /) }]);
  });

  it('rewriting keeps the reasons and expiry already written, and drops what is gone', () => {
    const edited = readFileSync(file, 'utf8').replace(/reason: "baselined on [^"]*notes\.txt:1"/, 'reason: "fixture for the parser tests"\n    expires: "2999-12-31"');
    writeFileSync(file, edited);
    writeFileSync(join(dir, 'scripts/a.sh'), 'echo gone\n');
    expect(cli(['scan', dir, '--baseline', file, '--write-baseline', file]).code).toBe(0);
    const text = readFileSync(file, 'utf8');
    expect(text).toContain('reason: "fixture for the parser tests"\n    expires: "2999-12-31"');
    expect(text).not.toContain(fp(a));
  });

  it('a baseline holds only accept, validated like the config', () => {
    const bad = join(dir, 'bad.yml');
    writeFileSync(bad, 'environment: production\naccept: []\n');
    const r = cli(['scan', dir, '--baseline', bad]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('environment is not a baseline setting');
    expect(cli(['scan', dir, '--baseline', join(dir, 'missing.yml')]).code).toBe(2);
  });

  it('--help names both options', () => {
    const help = cli(['--help']).stdout;
    expect(help).toContain('--baseline FILE');
    expect(help).toContain('--write-baseline FILE');
  });
});

describe('accept entries with expires', () => {
  const t = fake.uuid();
  const config = (expires: string) => `accept:\n  - fingerprint: ${fp(t)}\n    reason: emulator token\n    expires: ${expires}\n`;

  it('holds through its date, then fires again with a note', () => {
    const live = workspace({ 'a.env': `RAILWAY_API_TOKEN=${t}\n`, '.agent-blast-radius.yml': config('2999-01-01') });
    expect(cli(['scan', live]).code).toBe(0);
    const lapsed = workspace({ 'a.env': `RAILWAY_API_TOKEN=${t}\n`, '.agent-blast-radius.yml': config('2020-02-29') });
    const r = cli(['scan', lapsed]);
    expect(r.code).toBe(1);
    expect(r.stderr).toContain(`the acceptance of ${fp(t)} expired on 2020-02-29: it is reported again`);
  });

  it.each(['2026-13-01', '2026-02-30', 'next week'])('a date that does not exist (%s) is exit 2 naming the key', (d) => {
    const dir = workspace({ '.agent-blast-radius.yml': config(JSON.stringify(d)) });
    const r = cli(['scan', dir]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('accept.0.expires must match format "date"');
  });
});

describe('inline agent-blast-radius:allow', () => {
  it.each([
    ['KEY=x # agent-blast-radius:allow local emulator only', 'local emulator only'],
    ['const k = "x"; /* agent-blast-radius:allow: test fixture */', 'test fixture'],
    ['<!-- agent-blast-radius:allow demo -->', 'demo'],
    ['KEY=x # agent-blast-radius:allow', undefined],
    ['KEY=x # agent-blast-radius:allowed because', undefined],
    ['KEY=x', undefined],
  ])('%s → %s', (line, reason) => {
    expect(allowReason(line)).toBe(reason);
  });

  it("accepts that line's finding only, as an inSource suppression", async () => {
    const t = fake.uuid();
    const report = await scan({ ...scanDefaults, root: workspace({ 'a.env': `RAILWAY_API_TOKEN=${t} # agent-blast-radius:allow emulator, never deployed\n`, 'b.env': `RAILWAY_API_TOKEN=${t}\n` }) });
    const a = report.results.filter((r) => r.finding.path === 'a.env');
    const b = report.results.filter((r) => r.finding.path === 'b.env');
    expect(a.every((r) => r.accepted?.kind === 'inSource' && r.accepted.justification === 'emulator, never deployed')).toBe(true);
    expect(b.every((r) => !r.accepted)).toBe(true);
    expect(report.summary.accepted).toBe(1);
    const sarif = toSarif(report);
    const suppressed = sarif.runs[0].results!.filter((r) => r.suppressions);
    expect(suppressed.length).toBe(a.length);
    expect(suppressed[0].suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'emulator, never deployed' }]);
    // Still valid SARIF 2.1.0 with suppressions (ajv-draft-04 is CommonJS: its class is .default).
    const schema = JSON.parse(readFileSync(new URL('./fixtures/vendor/sarif-schema-2.1.0.json', import.meta.url), 'utf8'));
    const ajv = new Ajv.default({ strict: false, allErrors: true, validateFormats: false });
    const validate = ajv.compile(schema);
    expect(validate(sarif), JSON.stringify(validate.errors)).toBe(true);
  });

  it('the CLI exits 0 when every finding is allowed inline', () => {
    const dir = workspace({ 'a.env': `RAILWAY_API_TOKEN=${fake.uuid()} # agent-blast-radius:allow emulator\n` });
    expect(cli(['scan', dir]).code).toBe(0);
  });
});

describe('accepted secrets are not sent to their provider', async () => {
  const standin = await startStandin('railway-accepted', (_req, _body, res) => json(res, 500, { errors: [{ message: 'stand-in' }] }));
  afterAll(() => standin.close());

  it('only the secret with an occurrence not accepted is resolved', async () => {
    const accepted = fake.uuid();
    const open = fake.uuid();
    recorded.length = 0;
    await scan({
      ...scanDefaults,
      offline: false,
      root: workspace({ 'a.env': `RAILWAY_API_TOKEN=${accepted}\n`, 'b.env': `RAILWAY_API_TOKEN=${open}\n` }),
      accepted: new Map([[fp(accepted), 'emulator']]),
      env: { ABR_ENDPOINT_RAILWAY: standin.url },
      timeoutMs: 2000,
    });
    const sent = recorded.filter((r) => r.provider === 'railway-accepted');
    expect(sent.length).toBeGreaterThan(0);
    expect(sent.some((r) => JSON.stringify(r).includes(accepted))).toBe(false);
    expect(sent.some((r) => JSON.stringify(r).includes(open))).toBe(true);
  });
});
