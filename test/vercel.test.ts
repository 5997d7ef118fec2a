// Vercel resolver against its stand-in (test/standins/vercel.ts), answering as Vercel documents: a live root
// credential, a live scoped one and the provider's own cases; then a revoked one, rate limits and an unexpected
// answer (test/saas-helpers.ts). Every credential is built here by the seeded generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { scanner, revokedRateLimitedUnexpected } from './saas-helpers.js';
import { recorded, type Standin } from './standins/index.js';
import { vercelWorld } from './standins/vercel.js';

const world = vercelWorld();

const T = { vercel: world.T };

let standin: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start();
  env = { ...NO_NETWORK, [endpointVariable('vercel')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ vercel: Object.values(T.vercel) });
  // Calls that answer downstream secrets are never made: Vercel's env values.
  expect(recorded.filter((r) => r.provider === 'vercel' && /\/env\b/.test(r.path))).toEqual([]);
  await standin.close();
});

const { one } = scanner(() => env);

describe('Vercel', () => {
  it('a Full Account token is root: every project of the user and its teams, deletion irreversible', async () => {
    const { scope, rules, certainty } = await one('vercel', T.vercel.root);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'full-account-token', root: true });
    expect(scope!.reach.environments.sort()).toEqual(['*', 'production']);
    expect(scope!.identity).toBe('jane · token laptop · Full Account · no expiry');
    expect(rendered(scope!).destroy.map((d) => [d.action, d.resource, d.destroysBackups, d.certainty])).toEqual([
      // One primitive per account or team it can delete the projects of; the rules name the action once.
      ['DELETE /v9/projects/{idOrName}', 'every project of personal account jane, with its deployments and domains', true, 'confirmed'],
      ['DELETE /v9/projects/{idOrName}', 'every project of acme-prod (owner), with its deployments and domains', true, 'confirmed'],
      ['DELETE /v9/projects/{idOrName} (as MEMBER)', 'every project of side-project (MEMBER), with its deployments and domains', true, 'inferred'],
    ]);
    expect(scope!.evidence).toEqual(['GET /v5/user/tokens/current', 'GET /v2/user', 'GET /v2/teams']);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    expect(certainty.ABR004).toBe('confirmed');
  });

  it('a team-scoped token of a developer: its team, staging; whether a developer may delete projects is inferred', async () => {
    const { scope, rules, certainty } = await one('vercel', T.vercel.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'team-token', root: false, reach: { environments: ['staging'] } });
    expect(rendered(scope!).destroy).toEqual([
      {
        action: 'DELETE /v9/projects/{idOrName} (as DEVELOPER)',
        resource: 'every project of acme-staging (DEVELOPER), with its deployments and domains',
        destroysBackups: true,
        certainty: 'inferred',
      },
    ]);
    expect(scope!.identity).toMatch(/team scope: acme-staging · expires 2027-01-01$/);
    expect(rules).toEqual(['ABR003', 'ABR004']);
    expect(certainty).toEqual({ ABR003: 'inferred', ABR004: 'inferred' });
  });

  it('a project-scoped token: one project, its shape inferred', async () => {
    const { scope, rules } = await one('vercel', T.vercel.project, { environments: { prj_web_preview: 'preview' } });
    expect(scope).toMatchObject({ tokenKind: 'project-token', root: false, certainty: 'inferred', reach: { environments: ['preview'] } });
    expect(scope!.destroy[0]).toMatchObject({ action: 'DELETE /v9/projects/{idOrName}', certainty: 'inferred', destroysBackups: true });
    expect(rules).toEqual(['ABR003', 'ABR004', 'ABR008']);
  });
});

revokedRateLimitedUnexpected('vercel', T.vercel, () => standin, one);
