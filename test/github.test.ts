// GitHub resolver against a stand-in answering as GitHub's REST API documents: classic scopes and org
// roles, fine-grained and App tokens, installation tokens, 401, rate limits, 5xx, timeouts, bad bodies.
import { scopeJson as rendered } from '../src/report/resources.js';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import github from '../scopes/github.js';
import * as fake from '../src/detect/fake.js';
import { Egress, EgressError } from '../src/resolve/egress.js';
import { scan } from './helpers.js';
import type { Result } from '../src/types.js';
import { assertEgressClean } from './egress-check.js';
import { cliAsync, NO_NETWORK, scanDefaults, workspace } from './helpers.js';
import { recorded, type Standin } from './standins/index.js';
import { startGithub } from './standins/github.js';

const file = (p: string) => readFileSync(new URL(`../examples/pocketos/${p}`, import.meta.url), 'utf8');
const POCKETOS = /"GITHUB_PERSONAL_ACCESS_TOKEN": "(\S+)"/.exec(file('.cursor/mcp.json'))![1];
const RAILWAY_ACCOUNT = /RAILWAY_API_TOKEN=(\S+)/.exec(file('scripts/old/backfill-helpers.sh'))![1];
const RAILWAY_PROJECT = /RAILWAY_TOKEN=(\S+)/.exec(file('.env'))![1];

const ORG_ADMIN = fake.github('ghp_');
const REPO_WORKFLOW_ADMIN = fake.github('ghp_');
const DELETER = fake.github('gho_');
const READER = fake.github('ghp_');
const NO_READ_ORG = fake.github('ghp_');
const FINE = fake.fineGrainedGithub();
const APP_USER = fake.github('ghu_');
const INSTALLATION = fake.github('ghs_');
const INSTALLATION_JWT = `ghs_${fake.digits(7)}_${fake.jwt({ iss: fake.digits(7), exp: 1800000000 })}`;
const REFRESH = fake.github('ghr_');
const REVOKED = fake.github('ghp_');
const FORBIDDEN = fake.github('ghp_');
const WRONG_SHAPE = fake.github('ghp_');
const SECONDARY_LIMIT = fake.github('ghp_');
const TEAPOT = fake.github('ghp_');
const GHES_ADMIN = fake.github('ghp_');
const MANY_ORGS = fake.github('ghp_');
const ALL_GITHUB = [
  POCKETOS,
  ORG_ADMIN,
  REPO_WORKFLOW_ADMIN,
  DELETER,
  READER,
  NO_READ_ORG,
  FINE,
  APP_USER,
  INSTALLATION,
  INSTALLATION_JWT,
  REFRESH,
  REVOKED,
  FORBIDDEN,
  WRONG_SHAPE,
  SECONDARY_LIMIT,
  TEAPOT,
  GHES_ADMIN,
  MANY_ORGS,
];

let standin: Standin;
let ghes: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await startGithub({
    users: {
      [POCKETOS]: { login: 'pocketos-founder', scopes: 'admin:org, delete_repo, repo, workflow', memberships: [{ org: 'pocketos', role: 'admin' }] },
      [ORG_ADMIN]: {
        login: 'ops-lead',
        scopes: 'admin:org, read:user',
        expires: '2026-10-07 19:07:53 UTC',
        memberships: [
          { org: 'acme-prod', role: 'admin' },
          { org: 'acme', role: 'member' },
          { org: 'invited', role: 'member', state: 'pending' },
        ],
      },
      [REPO_WORKFLOW_ADMIN]: { login: 'ci-bot', scopes: 'repo, workflow, read:org', memberships: [{ org: 'acme', role: 'admin' }] },
      [DELETER]: { login: 'dev1', scopes: 'delete_repo, repo, read:org, delete:packages', memberships: [{ org: 'acme', role: 'member' }] },
      [READER]: { login: 'reader', scopes: 'read:org, read:user', memberships: [{ org: 'acme', role: 'member' }] },
      [NO_READ_ORG]: { login: 'solo', scopes: 'repo', memberships: [{ org: 'acme', role: 'admin' }] },
      [FINE]: { login: 'dev1', expires: '2026-12-01 00:00:00 UTC', repos: ['acme/api', 'acme/web'] },
      [APP_USER]: { login: 'dev2', repos: ['acme/api'] },
      [MANY_ORGS]: { login: 'joiner', scopes: 'read:org', memberships: Array.from({ length: 150 }, (_, i) => ({ org: `club-${i}`, role: 'member' as const })) },
    },
    installations: {
      [INSTALLATION]: { repositories: ['acme/api', 'acme/web', 'acme/infra'] },
      [INSTALLATION_JWT]: { repositories: ['acme-staging/site'], selection: 'all' },
    },
    canned: {
      [FORBIDDEN]: { status: 403, body: { message: 'Resource not accessible by personal access token', documentation_url: 'https://docs.github.com/rest' } },
      [WRONG_SHAPE]: { status: 200, body: { data: null } },
      [SECONDARY_LIMIT]: { status: 403, body: { message: 'You have exceeded a secondary rate limit.' }, headers: { 'retry-after': '60' } },
      [TEAPOT]: { status: 418, body: { message: "I'm a teapot" } },
    },
  });
  ghes = await startGithub({ prefix: '/api/v3', users: { [GHES_ADMIN]: { login: 'ghe-admin', site_admin: true, scopes: 'site_admin, repo, read:org', memberships: [] } }, installations: {} });
  env = { ...NO_NETWORK, ABR_ENDPOINT_GITHUB: standin.url };
});

afterAll(async () => {
  assertEgressClean({ github: ALL_GITHUB, railway: [RAILWAY_ACCOUNT, RAILWAY_PROJECT] });
  // Refresh tokens are never sent anywhere.
  expect(recorded.filter((r) => JSON.stringify(r).includes(REFRESH))).toEqual([]);
  await standin.close();
  await ghes.close();
});

const one = async (token: string, opts: { file?: string; variable?: string; environments?: Record<string, string>; timeoutMs?: number; env?: NodeJS.ProcessEnv } = {}) => {
  const root = workspace({ [opts.file ?? '.env.staging']: `${opts.variable ?? 'GITHUB_TOKEN'}=${token}\n` });
  return scan({ ...scanDefaults, offline: false, root, env: opts.env ?? env, environments: opts.environments, timeoutMs: opts.timeoutMs });
};
const ids = (rs: Result[]) => rs.map((r) => r.ruleId);

describe('classic and OAuth tokens', () => {
  it('admin:org while an org admin: root, org named, mapped to production from a staging file', async () => {
    const report = await one(ORG_ADMIN, { environments: { 'acme-prod': 'production' } });
    expect(ids(report.results)).toEqual(['ABR001', 'ABR002', 'ABR003']);
    const s = report.results[0].scope;
    expect(s).toMatchObject({ status: 'live', resolution: 'online', tokenKind: 'classic-pat', root: true, certainty: 'confirmed' });
    expect(s.identity).toBe('ops-lead · scopes: admin:org, read:user · expires 2026-10-07 19:07:53 UTC · root by admin:org while an admin of acme-prod');
    expect(s.reach.environments).toEqual(['production']);
    expect(rendered(s).reach.resources).toEqual(['organisation acme-prod (admin)', 'the public data of ops-lead (read)', 'organisation acme (member)']);
    expect(s.evidence).toEqual(['GET /user', 'GET /user/memberships/orgs']);
    // Deleting the org is the one destroy primitive, and it rests on an UNCONFIRMED fact.
    expect(rendered(s).destroy).toEqual([{ action: 'DELETE /orgs/{org}', resource: 'organisation acme-prod, with every repository in it', destroysBackups: false, certainty: 'inferred' }]);
    expect(report.results[2].certainty).toBe('inferred');
    expect(report.results[0].remediation).toMatch(/one resource owner \(ops-lead or one of acme-prod, acme\)/);
    expect(report.results[0].remediation).toContain('https://github.com/settings/tokens');
  });

  it('repo + workflow while an org admin: root; a login naming a word (ci-bot) is no environment', async () => {
    const report = await one(REPO_WORKFLOW_ADMIN);
    expect(ids(report.results)).toEqual(['ABR001']);
    expect(report.results[0].scope.identity).toContain('root by repo + workflow while an admin of acme');
    expect(rendered(report.results[0].scope).reach.resources[0]).toBe('organisation acme (admin)');
    expect(rendered(report.results[0].scope).reach.resources[1]).toBe('every repository of ci-bot');
  });

  it('delete_repo: destroy primitive naming the repositories the user administers, not root', async () => {
    const report = await one(DELETER, { file: 'config/dev.env' });
    expect(ids(report.results)).toEqual(['ABR003']);
    const r = report.results[0];
    expect(r.certainty).toBe('confirmed');
    expect(r.scope.root).toBe(false);
    expect(r.scope.tokenKind).toBe('oauth-token');
    // One primitive per target: the user's own repositories, and those of the organisations where it is a repository admin.
    expect(rendered(r.scope).destroy).toEqual([
      { action: 'DELETE /repos/{owner}/{repo}', resource: 'every repository of dev1', destroysBackups: false, certainty: 'confirmed' },
      { action: 'DELETE /repos/{owner}/{repo}', resource: 'every repository of organisation acme (where it holds the admin role)', destroysBackups: false, certainty: 'confirmed' },
      { action: 'DELETE /user/packages/{package_type}/{package_name}', resource: 'every package of dev1', destroysBackups: false, certainty: 'confirmed' },
    ]);
    expect(r.data.actions).toBe('DELETE /repos/{owner}/{repo}, DELETE /user/packages/{package_type}/{package_name}');
    expect(r.remediation).toContain('no Administration permission');
  });

  it("the user's login reaches an environment only through the config map", async () => {
    const report = await one(DELETER, { file: 'config/dev.env', environments: { dev1: 'production' } });
    expect(ids(report.results)).toEqual(['ABR002', 'ABR003']);
    expect(report.results[0].scope.reach.environments).toEqual(['production']);
  });

  it('org memberships are paginated, 100 a page', async () => {
    const report = await one(MANY_ORGS);
    const s = report.results[0].scope;
    expect(s.evidence).toEqual(['GET /user', 'GET /user/memberships/orgs', 'GET /user/memberships/orgs']);
    expect(rendered(s).reach.resources.filter((r) => r.startsWith('organisation '))).toHaveLength(150);
  });

  it('read-only scopes: live, no rule above ABR006', async () => {
    const report = await one(READER);
    expect(ids(report.results)).toEqual(['ABR006']);
    expect(report.results[0].scope).toMatchObject({ status: 'live', root: false, destroy: [] });
  });

  it('the same token in an agent config: ABR005, not ABR006', async () => {
    const root = workspace({ '.mcp.json': JSON.stringify({ mcpServers: { gh: { env: { GITHUB_PERSONAL_ACCESS_TOKEN: READER } } } }) });
    const report = await scan({ ...scanDefaults, offline: false, root, env });
    expect(ids(report.results)).toEqual(['ABR005']);
    expect(report.results[0].scope.status).toBe('live');
  });

  it('repo without read:org: org roles unread, said so, not root', async () => {
    const report = await one(NO_READ_ORG);
    expect(ids(report.results)).toEqual(['ABR006']);
    const s = report.results[0].scope;
    expect(s.evidence).toEqual(['GET /user', 'GET /user/memberships/orgs', 'GET /user/orgs']);
    expect(s.inferred.join(' ')).toMatch(/organisation roles could not be read \(GET \/user\/memberships\/orgs answered HTTP 403/);
    expect(rendered(s).reach.resources[0]).toBe('every repository of solo');
  });

  it('site admin on GitHub Enterprise Server: root, paths relative to /api/v3', async () => {
    const before = recorded.length;
    const report = await one(GHES_ADMIN, { env: { ...env, ABR_ENDPOINT_GITHUB: `${ghes.url}/api/v3` } });
    expect(report.results[0].ruleId).toBe('ABR001');
    expect(report.results[0].scope.identity).toMatch(/^ghe-admin \(site admin\) · scopes: site_admin, repo/);
    expect(report.results[0].scope.evidence).toEqual(['GET /user', 'GET /user/memberships/orgs']);
    expect(recorded.slice(before).map((r) => r.path.split('?')[0])).toEqual(['/api/v3/user', '/api/v3/user/memberships/orgs']);
  });

  it('sends the documented headers', () => {
    const r = recorded.find((x) => x.provider === 'github' && x.path === '/user')!;
    expect(r.headers.authorization).toMatch(/^Bearer /);
    expect(r.headers['x-github-api-version']).toBe('2022-11-28');
    expect(r.headers.accept).toBe('application/vnd.github+json');
    const m = recorded.find((x) => x.provider === 'github' && x.path.startsWith('/user/memberships/orgs'))!;
    expect(new URL(m.path, 'http://x').searchParams.get('per_page')).toBe('100');
  });
});

describe('fine-grained, App user and installation tokens', () => {
  it('fine-grained: repositories listed, permissions unknown and said so', async () => {
    const report = await one(FINE, { variable: 'GH_TOKEN' });
    expect(ids(report.results)).toEqual(['ABR006']);
    const s = report.results[0].scope;
    expect(s).toMatchObject({ status: 'live', tokenKind: 'fine-grained-pat', root: false, destroy: [] });
    expect(s.identity).toBe('dev1 · expires 2026-12-01 00:00:00 UTC · permissions: unknown (not readable read-only)');
    expect(rendered(s).reach.resources).toEqual(['repository acme/api', 'repository acme/web']);
    expect(s.inferred[0]).toMatch(/write and admin permissions cannot be read read-only/);
    expect(s.evidence).toEqual(['GET /user', 'GET /user/repos']);
    expect(report.results[0].remediation).toMatch(/it reaches acme\/api, acme\/web/);
  });

  it('fine-grained: a repository mapped to production reaches production', async () => {
    const report = await one(FINE, { environments: { 'acme/web': 'production' } });
    expect(ids(report.results)).toEqual(['ABR002']);
    expect(report.results[0].scope.reach.environments).toEqual(['production']);
  });

  it('GitHub App user token (ghu_): same path, app remediation', async () => {
    const report = await one(APP_USER);
    const s = report.results[0].scope;
    expect(s).toMatchObject({ status: 'live', tokenKind: 'app-user-token', root: false });
    expect(rendered(s).reach.resources[0]).toBe('repository acme/api');
    expect(report.results[0].remediation).toContain('https://github.com/settings/applications');
  });

  it('installation token (40 characters): repositories reached, not root', async () => {
    const report = await one(INSTALLATION);
    expect(ids(report.results)).toEqual(['ABR006']);
    const s = report.results[0].scope;
    expect(s).toMatchObject({ status: 'live', tokenKind: 'installation-token', root: false });
    expect(s.evidence).toEqual(['GET /installation/repositories']);
    expect(rendered(s).reach.resources).toEqual(['repository acme/api', 'repository acme/web', 'repository acme/infra']);
    expect(report.results[0].remediation).toMatch(/this one reaches acme\/api, acme\/web, acme\/infra/);
  });

  it('installation token (stateless ghs_APPID_JWT): all repositories of its account, staging named', async () => {
    const report = await one(INSTALLATION_JWT, { file: '.env.production' });
    const s = report.results[0].scope;
    expect(s).toMatchObject({ status: 'live', tokenKind: 'installation-token', root: false });
    expect(s.identity).toMatch(/^GitHub App installation of app \d+ on acme-staging/);
    expect(rendered(s).reach.resources[0]).toBe('every repository of acme-staging (1: acme-staging/site)');
    expect(s.reach.environments).toEqual(['staging']);
  });

  it('refresh tokens are never redeemed: nothing sent, the offline verdict kept', async () => {
    const report = await one(REFRESH, { variable: 'GITHUB_REFRESH_TOKEN' });
    expect(ids(report.results)).toEqual(['ABR007']);
    expect(report.results[0].scope.reason).toMatch(/^not resolved: refresh tokens are never redeemed/);
  });
});

describe('statuses: only 401 is revoked', () => {
  it('401 Bad credentials: revoked, no rule, counted', async () => {
    const report = await one(REVOKED);
    expect(report.results).toEqual([]);
    expect(report.summary.revoked).toBe(1);
  });

  it('403 rate limit (x-ratelimit-remaining: 0), then success: live', async () => {
    standin.faults.push('403-ratelimit');
    const report = await one(READER);
    expect(report.results[0].scope.status).toBe('live');
  });

  it('429, then success: live', async () => {
    standin.faults.push('429');
    const report = await one(READER);
    expect(report.results[0].scope.status).toBe('live');
  });

  it.each([
    ['5xx', ['500', '500', '500'], /HTTP 502/],
    ['timeout', ['timeout', 'timeout', 'timeout'], /timed out/],
    ['malformed body', ['malformed', 'malformed', 'malformed'], /malformed JSON/],
  ] as const)('%s: unknown with the reason, the offline verdict kept', async (_name, faults, reason) => {
    standin.faults.push(...faults);
    const report = await one(ORG_ADMIN, { timeoutMs: 300 });
    const r = report.results[0];
    expect(r.scope).toMatchObject({ status: 'unknown', resolution: 'offline' });
    expect(r.scope.reason).toMatch(reason);
    expect(r.ruleId).toBe('ABR007');
    standin.faults.length = 0;
  });

  it.each([
    ['a 403 without a rate limit', FORBIDDEN, /unexpected response to GET \/user \(HTTP 403: Resource not accessible/],
    ['a secondary rate limit (403 with Retry-After)', SECONDARY_LIMIT, /rate-limited \(HTTP 403\)/],
    ['an unexpected status', TEAPOT, /HTTP 418/],
    ['a JSON body of the wrong shape', WRONG_SHAPE, /malformed answer to GET \/user/],
  ])('%s: unknown, never revoked', async (_name, token, reason) => {
    const report = await one(token);
    expect(report.summary.revoked).toBe(0);
    expect(report.results[0].scope.status).toBe('unknown');
    expect(report.results[0].scope.reason).toMatch(reason);
  });

  it('a 401 from an installation token is revoked too (expired)', async () => {
    const report = await one(fake.github('ghs_'));
    expect(report.summary.revoked).toBe(1);
  });
});

describe('examples/pocketos resolved against GitHub', () => {
  it("the MCP config's classic token is a live root credential that can delete repositories", async () => {
    const report = await scan({ ...scanDefaults, offline: false, root: 'examples/pocketos', env, environments: { pocketos: 'production' } });
    const rs = report.results.filter((r) => r.finding.path === '.cursor/mcp.json');
    expect(ids(rs)).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR005']);
    expect(rs.map((r) => r.certainty)).toEqual(['confirmed', 'confirmed', 'confirmed', 'confirmed']);
    const s = rs[0].scope;
    expect(s).toMatchObject({ status: 'live', resolution: 'online', tokenKind: 'classic-pat', root: true, reach: { environments: ['production'] } });
    // One primitive per target; the rule names each action once.
    expect(rendered(s).destroy.map((d) => [d.action, d.resource])).toEqual([
      ['DELETE /repos/{owner}/{repo}', 'every repository of pocketos-founder'],
      ['DELETE /repos/{owner}/{repo}', 'every repository of organisation pocketos'],
      ['DELETE /orgs/{org}', 'organisation pocketos, with every repository in it'],
    ]);
    expect(rs[2].data.actions).toBe('DELETE /repos/{owner}/{repo}, DELETE /orgs/{org}');
    expect(rs[0].remediation).toMatch(/GitHub App installation token installed on pocketos/);
    expect(report.summary.resolution).toBe('online');
  });

  it('the CLI: override noted, online verdicts printed', async () => {
    const dir = workspace({ 'abr.yml': 'environments:\n  pocketos: production\n' });
    const r = await cliAsync(['scan', 'examples/pocketos', '--no-resolve', 'railway', '--config', join(dir, 'abr.yml')], { ABR_ENDPOINT_GITHUB: standin.url });
    expect(r.stderr).toContain(`GitHub endpoint overridden by ABR_ENDPOINT_GITHUB=${standin.url}`);
    expect(r.stdout).toMatch(/ABR001 critical root-credential, ABR002 critical production-reach-from-non-production, ABR003 high destructive-credential, ABR005 high agent-config-credential/);
    expect(r.stdout).toContain('DELETE /repos/{owner}/{repo}: every repository of pocketos-founder and every repository of organisation pocketos; DELETE /orgs/{org}');
    expect(r.stdout).toContain('resolution: online');
    expect(r.stdout).not.toContain(POCKETOS);
  });
});

describe('egress guard', () => {
  const egress = new Egress({ env: {} });
  const p = github.egress!;

  it('allows GET reads only', () => {
    expect(p.routes.every((r) => r.method === 'GET')).toBe(true);
    expect(egress.admit(p, 'GET', '/user/memberships/orgs?per_page=100&page=2').evidence).toBe('GET /user/memberships/orgs');
  });

  it.each([
    ['a DELETE', 'DELETE', '/repos/acme/api'],
    ['a POST to the revoke API', 'POST', '/credentials/revoke'],
    ['a PUT probe', 'PUT', '/repos/acme/api/contents/x'],
    ['a GET outside the allowlist', 'GET', '/repos/acme/api'],
    ["a GET of an org's tokens", 'GET', '/orgs/acme/personal-access-tokens'],
  ])('refuses %s before sending', (_what, method, path) => {
    expect(() => egress.admit(p, method, path)).toThrow(EgressError);
  });

  it('never leaves api.github.com unless ABR_ENDPOINT_GITHUB says so; GHES paths stay relative to /api/v3', () => {
    expect(() => egress.admit({ ...p, base: 'https://evil.example' }, 'GET', '/user')).toThrow(/not an API host of github/);
    const a = new Egress({ env: { ABR_ENDPOINT_GITHUB: 'https://ghe.example.com/api/v3' } }).admit(p, 'GET', '/user');
    expect(a.url.href).toBe('https://ghe.example.com/api/v3/user');
    expect(a.evidence).toBe('GET /user');
  });
});
