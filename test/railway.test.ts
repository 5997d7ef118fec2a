// Railway resolver against a stand-in executing Railway's own schema: the incident end to end.
import { scopeJson as rendered } from '../src/report/resources.js';
import { readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { parse, validate } from 'graphql';
import railway from '../scopes/railway.js';
import * as fake from '../src/detect/fake.js';
import { Egress, EgressError, graphqlQueryOnly } from '../src/resolve/egress.js';
import { scan } from './helpers.js';
import type { Result } from '../src/types.js';
import { assertEgressClean } from './egress-check.js';
import { cliAsync, scanDefaults, workspace } from './helpers.js';
import { pocketosWorld, startRailway } from './standins/railway.js';
import { railwaySchema } from './standins/railway.js';
import type { Standin } from './standins/index.js';

const file = (p: string) => readFileSync(new URL(`../examples/pocketos/${p}`, import.meta.url), 'utf8');
const ACCOUNT = /RAILWAY_API_TOKEN=(\S+)/.exec(file('scripts/old/backfill-helpers.sh'))![1];
const PROJECT = /RAILWAY_TOKEN=(\S+)/.exec(file('.env'))![1];
const GITHUB = /"GITHUB_PERSONAL_ACCESS_TOKEN": "(\S+)"/.exec(file('.cursor/mcp.json'))![1];
const WORKSPACE = fake.uuid();
const REVOKED = fake.uuid();

let standin: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await startRailway(pocketosWorld({ account: ACCOUNT, project: PROJECT, workspace: WORKSPACE }));
  env = { ABR_ENDPOINT_RAILWAY: standin.url, ABR_ENDPOINT_GITHUB: 'http://127.0.0.1:9' };
});

afterAll(async () => {
  assertEgressClean({ railway: [ACCOUNT, PROJECT, WORKSPACE, REVOKED], github: [GITHUB] });
  await standin.close();
});

const rules = (rs: Result[], path: string) => rs.filter((r) => r.finding.path === path);

describe('examples/pocketos resolved against Railway', () => {
  it('the account token: ABR001 + ABR002 + ABR003 confirmed, ABR004 inferred, the production volume named', async () => {
    const report = await scan({ ...scanDefaults, offline: false, root: 'examples/pocketos', env });
    const rs = rules(report.results, 'scripts/old/backfill-helpers.sh');
    expect(rs.map((r) => r.ruleId)).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    const byId = Object.fromEntries(rs.map((r) => [r.ruleId, r]));
    expect(byId.ABR001.certainty).toBe('confirmed');
    expect(byId.ABR002.certainty).toBe('confirmed');
    expect(byId.ABR003.certainty).toBe('confirmed');
    expect(byId.ABR004.certainty).toBe('inferred');
    const scope = byId.ABR001.scope;
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', tokenKind: 'account-token', identity: 'founder@pocketos.example', root: true });
    expect(scope.reach.environments.sort()).toEqual(['production', 'staging']);
    expect(rendered(scope).destroy.map((d) => d.resource)).toContain('volume pg-data (/var/lib/postgresql/data) of pocketos-api, production');
    expect(scope.evidence).toEqual(['POST /graphql/v2 query projectToken', 'POST /graphql/v2 query me']);
    expect(report.summary.resolution).toBe('online');
  });

  it('the project token: live, staging only, destroy calls inferred', async () => {
    const report = await scan({ ...scanDefaults, offline: false, root: 'examples/pocketos', env });
    const rs = rules(report.results, '.env').filter((r) => r.finding.provider === 'railway');
    expect(rs.map((r) => r.ruleId)).toEqual(['ABR003', 'ABR004']);
    expect(rs[0].scope).toMatchObject({ status: 'live', tokenKind: 'project-token', reach: { environments: ['staging'] } });
    expect(rs[0].certainty).toBe('inferred');
    expect(rs[0].scope.inferred.join(' ')).toMatch(/project token may make .* UNCONFIRMED/);
  });

  it('a workspace token is root over its workspace', async () => {
    const report = await scan({ ...scanDefaults, offline: false, root: workspace({ 'ci.env': `RAILWAY_API_TOKEN=${WORKSPACE}\n` }), env });
    expect(report.results[0].scope).toMatchObject({ status: 'live', tokenKind: 'workspace-token', root: true });
    expect(report.results.map((r) => r.ruleId)).toContain('ABR001');
  });

  it('a token every kind refuses is revoked: no rule, counted', async () => {
    const report = await scan({ ...scanDefaults, offline: false, root: workspace({ '.env': `RAILWAY_API_TOKEN=${REVOKED}\n` }), env });
    expect(report.results).toEqual([]);
    expect(report.summary.revoked).toBe(1);
    expect(report.revoked[0].tokenKind).toBe('account-or-workspace-token');
  });
});

describe('Railway failures degrade to unknown, never the scan', () => {
  const dir = () => workspace({ '.env.staging': `RAILWAY_API_TOKEN=${ACCOUNT}\n` });

  it('429 with Retry-After, then success: live', async () => {
    standin.faults.push('429');
    const report = await scan({ ...scanDefaults, offline: false, root: dir(), env });
    expect(report.results[0].scope.status).toBe('live');
  });

  it.each([
    ['5xx', ['500', '500', '500'], /HTTP 502/],
    ['timeout', ['timeout', 'timeout', 'timeout'], /timed out/],
    ['malformed body', ['malformed', 'malformed', 'malformed'], /malformed JSON/],
  ] as const)('%s: unknown with the reason, the offline verdict kept', async (_name, faults, reason) => {
    standin.faults.push(...faults);
    const report = await scan({ ...scanDefaults, offline: false, root: dir(), env, timeoutMs: 300 });
    const r = report.results[0];
    expect(r.scope.status).toBe('unknown');
    expect(r.scope.resolution).toBe('offline');
    expect(r.scope.reason).toMatch(reason);
    expect(r.ruleId).toBe('ABR001');
    expect(r.certainty).toBe('inferred');
    standin.faults.length = 0;
  });

  it('an unreachable provider: every credential still reported', async () => {
    const report = await scan({ ...scanDefaults, offline: false, root: 'examples/pocketos', env: { ABR_ENDPOINT_RAILWAY: 'http://127.0.0.1:9' } });
    expect(report.results.filter((r) => r.finding.provider === 'railway').length).toBeGreaterThanOrEqual(2);
    expect(report.summary.resolution).toBe('failed');
    expect(report.summary.unresolved?.reasons).toContain('Railway unreachable (bad port)');
  });

  it('--offline and --no-resolve send nothing', async () => {
    const before = (await import('./standins/index.js')).recorded.length;
    await scan({ ...scanDefaults, offline: true, root: 'examples/pocketos', env });
    const r = await scan({ ...scanDefaults, offline: false, noResolve: ['railway'], root: 'examples/pocketos', env });
    expect((await import('./standins/index.js')).recorded.length).toBe(before);
    expect(r.results.find((x) => x.finding.provider === 'railway')!.scope.reason).toMatch(/--no-resolve railway/);
  });
});

describe('the CLI against the stand-in', () => {
  // examples/pocketos declares itself offline (its tokens are fake); an empty config lets the CLI ask the stand-in.
  const emptyConfig = `${workspace({ 'empty.yml': '{}\n' })}/empty.yml`;
  it('the example itself stays offline: its config says its tokens are fake', async () => {
    const r = await cliAsync(['scan', 'examples/pocketos'], env);
    expect(r.stderr).toContain('offline: set by the configuration file');
    expect(r.stdout).toContain('resolution: offline');
  });

  it('notes the override and the read calls, and reports online verdicts', async () => {
    const r = await cliAsync(['scan', 'examples/pocketos', '--no-resolve', 'github', '--config', emptyConfig], env);
    expect(r.stderr).toContain(`Railway endpoint overridden by ABR_ENDPOINT_RAILWAY=${standin.url}`);
    expect(r.stderr).toMatch(/providers log these calls/);
    expect(r.stdout).toMatch(/ABR001 critical root-credential, ABR002 critical production-reach-from-non-production, ABR003 high destructive-credential, ABR004 critical backup-reach \(inferred\)/);
    expect(r.stdout).toContain('volume pg-data');
    expect(r.stdout).toContain('resolution: online');
  });
});

describe('egress guard', () => {
  const egress = new Egress({ env: {} });
  const p = railway.egress!;

  it('admits a query and names it', () => {
    expect(egress.admit(p, 'POST', '/graphql/v2', JSON.stringify({ query: '{ me { id } }' })).evidence).toBe('POST /graphql/v2 query me');
  });

  it.each([
    ['a mutation', 'POST', '/graphql/v2', JSON.stringify({ query: 'mutation { volumeDelete(volumeId: "v1") }' })],
    ['a query with a mutation beside it', 'POST', '/graphql/v2', JSON.stringify({ query: 'query { me { id } } mutation M { projectDelete(id: "p") }' })],
    ['a subscription', 'POST', '/graphql/v2', JSON.stringify({ query: 'subscription { deploymentLogs(deploymentId: "d") { message } }' })],
    ['a GET outside the allowlist', 'GET', '/graphql/v2', undefined],
    ['another path', 'POST', '/graphql/v1', JSON.stringify({ query: '{ me { id } }' })],
  ])('refuses %s before sending', (_what, method, path, body) => {
    expect(() => egress.admit(p, method, path, body)).toThrow(EgressError);
  });

  it('never leaves the provider host, and overrides come only from ABR_ENDPOINT_*', () => {
    expect(() => egress.admit({ ...p, base: 'https://evil.example' }, 'POST', '/graphql/v2', JSON.stringify({ query: '{ me { id } }' }))).toThrow(/not an API host of railway/);
    expect(new Egress({ env: { ABR_ENDPOINT_RAILWAY: 'http://127.0.0.1:1' } }).admit(p, 'POST', '/graphql/v2', JSON.stringify({ query: '{ me { id } }' })).url.host).toBe('127.0.0.1:1');
  });

  it("every query the resolver sends validates against Railway's schema", () => {
    const source = readFileSync(new URL('../scopes/railway.ts', import.meta.url), 'utf8');
    const fragment = /const PROJECT = `([^`]+)`/.exec(source)![1];
    const queries = [...source.matchAll(/const Q_[A-Z_]+ = `([^`]+)`/g)].map((m) => m[1].replace('${PROJECT}', fragment));
    expect(queries.length).toBe(4);
    for (const q of queries) {
      expect(graphqlQueryOnly(JSON.stringify({ query: q }))).toMatch(/^query /);
      expect(validate(railwaySchema, parse(q)).map((e) => e.message)).toEqual([]);
    }
  });
});
