// One pipeline for every caller: the resolution plan decides what is sent and the announcement reads it;
// a tarball source and a folder holding the same files give the same report.
import { Readable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { archiveSource, DEFAULT_LIMITS } from '../src/audit/fetch.js';
import * as fake from '../src/detect/fake.js';
import { runPipeline } from '../src/pipeline/index.js';
import { DEFAULT_RESOLVE, planResolution } from '../src/resolve/index.js';
import { groupBySecret } from '../src/classify/groups.js';
import { detectText } from '../src/detect/text.js';
import type { Finding } from '../src/types.js';
import { DEFAULT_WALK, workspaceSource } from '../src/walk/index.js';
import { cli, NO_NETWORK, workspace } from './helpers.js';
import { repoTarball } from './standins/github-org.js';

const findingsOf = (text: string, path = '.env'): Finding[] => detectText({ source: { path, origin: 'workspace' }, text });

describe('the resolution plan', () => {
  it("holds what --no-resolve, the budget and a provider's own reason keep back, each with its reason", () => {
    const gh = fake.github('ghp_');
    const rw = fake.uuid();
    const groups = groupBySecret([...findingsOf(`GITHUB_TOKEN=${gh}\nRAILWAY_API_TOKEN=${rw}\n`)]);
    expect(groups.size).toBe(2);
    const skipped = planResolution(groups, { ...DEFAULT_RESOLVE, skip: ['github'] });
    expect([...skipped.send.values()].map((f) => f.provider)).toEqual(['railway']);
    expect([...skipped.held.values()]).toEqual(['not resolved: --no-resolve github']);
    const budget = planResolution(groups, { ...DEFAULT_RESOLVE, maxResolutions: 1 });
    expect(budget.send.size).toBe(1);
    expect([...budget.held.values()]).toEqual(['not resolved: --max-resolutions 1 reached']);
    const offline = planResolution(groups, { ...DEFAULT_RESOLVE, offline: true });
    expect(offline.send.size + offline.held.size).toBe(0);
    // A shared cache's spent budget counts (an audit resumed after sending one secret).
    const cache = { get: () => undefined, set: () => {}, attempted: 1, serialize: <T>(fn: () => Promise<T>) => fn() };
    expect(planResolution(groups, { ...DEFAULT_RESOLVE, maxResolutions: 1, cache }).send.size).toBe(0);
  });

  it('never sends a typed sample under a provider-named secret, and says why it was not sent', () => {
    const sample = ['abcd', '1234', 'efgh', '5678', 'ijkl', '9012', 'mnop'].join('');
    const groups = groupBySecret(findingsOf(`LINEAR_API_TOKEN=${sample}\nACME_LINEAR_TOKEN=${fake.alnum(36)}7\n`));
    const found = [...groups.values()].flat();
    expect(found.map((f) => f.facts.sample ?? 'random')).toEqual(['likely', 'random']);
    const plan = planResolution(groups, DEFAULT_RESOLVE);
    expect([...plan.send.values()].map((f) => f.secret)).not.toContain(sample);
    const r = cli(['scan', workspace({ '.env': `LINEAR_API_TOKEN=${sample}\n` }), '--offline', '--format', 'json', '--fail-on', 'none']);
    expect(r.stdout).toContain('the value looks like a typed sample, so it was not sent');
    expect(r.stdout).not.toContain(sample);
  });

  it("reports a typed sample under a provider's own name as a likely sample and never sends it; a drawn value with a typed run pasted in is neither", () => {
    // Counting runs fill it: the engine's placeholder filter used to drop it before the Algolia detector saw it.
    const typed = ['abcdef', '1234567890'].join('').repeat(2);
    const pasted = fake.hex(22) + ['12345', '67890'].join('');
    const found = findingsOf(`ALGOLIA_ADMIN_API_KEY=${typed}\nALGOLIA_API_KEY=${pasted}\n`);
    expect(found.map((f) => [f.detectorId, f.facts.sample])).toEqual([['algolia-admin-api-key', 'likely']]);
    const plan = planResolution(groupBySecret(found), DEFAULT_RESOLVE);
    expect(plan.send.size).toBe(0);
    const r = cli(['scan', workspace({ '.env': `ALGOLIA_ADMIN_API_KEY=${typed}\n` }), '--offline', '--format', 'json', '--fail-on', 'none']);
    expect(JSON.parse(r.stdout).results.map((x: { ruleId: string; certainty: string }) => [x.ruleId, x.certainty])).toEqual([['ABR007', 'inferred']]);
    expect(r.stdout).toContain('the value looks like a typed sample, so it was not sent');
  });

  it("a UUID is a credential where a product's secret names it, an id elsewhere; a format's typed body is a sample", () => {
    const id = fake.uuid();
    const of = (text: string) => findingsOf(text).map((f) => [f.secret.slice(0, 4), f.facts.sample ?? 'random']);
    expect(of(`OPSGENIE_API_KEY=${id}\nsession_token=${id.replace(/^./, 'f')}\nrequest_id=${id.replace(/^./, 'e')}\n`)).toEqual([[id.slice(0, 4), 'random']]);
    // Wikipedia's UUID, which readers copy with its last digits changed, is a sample.
    expect(of(`OPSGENIE_API_KEY=${['123e4567', 'e89b', '12d3', 'a456', '426614174abc'].join('-')}\n`)).toEqual([['123e', 'likely']]);
    // A DigitalOcean token whose body is typed: kept as a sample of the format, never sent.
    const typed = findingsOf(`DO_TOKEN=dop_v1_${'1234567890abcdef'.repeat(4)}\n`);
    expect(typed.map((f) => [f.provider, f.facts.sample])).toEqual([['digitalocean', 'likely']]);
    expect(planResolution(groupBySecret(typed), DEFAULT_RESOLVE).send.size).toBe(0);
  });

  it('scan --no-resolve github with one GitHub token announces nothing and sends nothing', () => {
    const dir = workspace({ '.env': `GITHUB_TOKEN=${fake.github('ghp_')}\n` });
    const r = cli(['scan', dir, '--no-resolve', 'github', '--format', 'json', '--fail-on', 'none']);
    expect(r.code).toBe(0);
    expect(r.stderr).not.toMatch(/asking providers/);
    const report = JSON.parse(r.stdout);
    expect(report.summary.resolution).toBe('offline');
    expect(JSON.stringify(report)).toContain('not resolved: --no-resolve github');
  });

  it('the announcement counts the plan: two tokens, --max-resolutions 1 → "about 1 credential"', () => {
    const dir = workspace({ '.env': `GITHUB_TOKEN=${fake.github('ghp_')}\nGH_OTHER=${fake.github('ghp_')}\n` });
    const r = cli(['scan', dir, '--max-resolutions', '1', '--fail-on', 'none'], NO_NETWORK);
    expect(r.stderr).toMatch(/asking providers, read-only, about 1 credential;/);
  });
});

describe('sources', () => {
  it('a tarball of a workspace and the folder itself give the same report', async () => {
    const files = {
      '.env.staging': `RAILWAY_API_TOKEN=${fake.uuid()}\n`,
      'node_modules/x/.env': `GITHUB_TOKEN=${fake.github('ghp_')}\n`,
      'ops/deploy.sh': `export GITHUB_TOKEN=${fake.github('ghp_')}\n`,
      'logo.png': 'not read',
    };
    const common = { label: 'w', walk: DEFAULT_WALK, resolve: { ...DEFAULT_RESOLVE, offline: true }, env: {} };
    const fromDisk = await runPipeline({ ...common, sources: [workspaceSource(workspace(files))] });
    const archive = archiveSource(Readable.from([await repoTarball('acme', 'w', files)]), DEFAULT_LIMITS);
    const fromTar = await runPipeline({ ...common, sources: [archive] });
    const view = (r: typeof fromDisk) => r.results.map((x) => [x.finding.path, x.finding.line, x.ruleId, x.finding.fingerprint]);
    expect(view(fromTar)).toEqual(view(fromDisk));
    expect(view(fromDisk).length).toBeGreaterThan(0);
    expect(fromTar.summary.skipped).toEqual(fromDisk.summary.skipped);
    expect(fromTar.summary.filesRead).toBe(fromDisk.summary.filesRead);
  });

  it('no source is an empty report, not a fake one', async () => {
    const r = await runPipeline({ label: 'none', sources: [], walk: DEFAULT_WALK, resolve: DEFAULT_RESOLVE, env: {} });
    expect(r.results).toEqual([]);
    expect(r.summary).toMatchObject({ filesRead: 0, findings: 0, secrets: 0, resolution: 'offline' });
  });
});
