// GitLab resolver against its stand-in (test/standins/gitlab.ts), answering as GitLab documents: a live root
// credential, a live scoped one and the provider's own cases; then a revoked one, rate limits and an unexpected
// answer (test/saas-helpers.ts). Every credential is built here by the seeded generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { scanner, revokedRateLimitedUnexpected } from './saas-helpers.js';
import { recorded, type Standin } from './standins/index.js';
import * as fake from '../src/detect/fake.js';
import { gitlabWorld } from './standins/gitlab.js';

const world = gitlabWorld();

const T = { gitlab: world.T };

let standin: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start();
  env = { ...NO_NETWORK, [endpointVariable('gitlab')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ gitlab: Object.values(T.gitlab) });
  // Calls that answer downstream secrets are never made: GitLab's full project answers (runners_token).
  expect(recorded.filter((r) => r.provider === 'gitlab' && r.path.startsWith('/api/v4/projects') && !/[?&]simple=true\b/.test(r.path))).toEqual([]);
  await standin.close();
});

const { one } = scanner(() => env);

describe('GitLab', () => {
  it('an api token of a top-level group owner is root: projects deletable with permanently_remove', async () => {
    const { scope, rules, certainty } = await one('gitlab', T.gitlab.root);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'personal-access-token', root: true });
    expect(scope!.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    expect(scope!.identity).toMatch(/^lead on 127\.0\.0\.1:\d+ · token laptop · scopes: api · root by api while an owner of the top-level group acme$/);
    expect(rendered(scope!).destroy).toEqual([
      { action: 'DELETE /api/v4/projects/:id (permanently_remove=true)', resource: '2 projects: acme/api-prod, acme/web-staging', destroysBackups: true, certainty: 'confirmed' },
    ]);
    expect(scope!.evidence).toEqual(['GET /api/v4/personal_access_tokens/self', 'GET /api/v4/user', 'GET /api/v4/projects', 'GET /api/v4/projects', 'GET /api/v4/groups']);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    expect(Object.values(certainty).every((c) => c === 'confirmed')).toBe(true);
  });

  it('a read-only project access token: its one project, staging, nothing to delete', async () => {
    const { scope, rules, results } = await one('gitlab', T.gitlab.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'project-access-token', root: false, destroy: [], reach: { environments: ['staging'] } });
    expect(rendered(scope!).reach.resources).toEqual(['project acme/web-staging: push access']);
    expect(rules).toEqual(['ABR006']);
    expect(results[0].remediation).toMatch(/Keep the access token to read_api\/read_repository/);
  });

  it('an instance admin with api + admin_mode is root over the instance', async () => {
    const { scope } = await one('gitlab', T.gitlab.admin);
    expect(scope).toMatchObject({ root: true, certainty: 'confirmed', reach: { environments: ['*'] } });
    expect(scope!.destroy.map((d) => d.action)).toEqual(['DELETE /api/v4/projects/:id (permanently_remove=true)', 'DELETE /api/v4/users/:id']);
  });
});

describe('GitLab tokens other than access tokens', () => {
  it('a deploy token is never sent to the access-token API: unknown, with its own verdict and remediation', async () => {
    const token = 'gldt-' + fake.base64url(20);
    const before = recorded.length;
    const report = await scanner(() => env).scanFiles({ '.env.staging': `CI_DEPLOY_PASSWORD=${token}\n` });
    const [r] = report.results.filter((x) => x.finding.provider === 'gitlab');
    expect(r.finding.tokenKind).toBe('deploy-token');
    expect(r.scope).toMatchObject({ status: 'unknown', resolution: 'offline' });
    expect(r.scope.reason).toMatch(/not an access token/);
    expect(r.remediation).toMatch(/Deploy tokens/);
    expect(recorded.slice(before).filter((q) => q.provider === 'gitlab')).toEqual([]);
  });
});

revokedRateLimitedUnexpected('gitlab', T.gitlab, () => standin, one);
