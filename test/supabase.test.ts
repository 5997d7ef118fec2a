// Supabase resolver against its stand-in (test/standins/supabase.ts), answering as Supabase documents: a live
// root credential, a live scoped one and the provider's own cases; then a revoked one, rate limits and an
// unexpected answer (test/saas-helpers.ts). Every credential is built here by the seeded generator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { scanner, revokedRateLimitedUnexpected } from './saas-helpers.js';
import { recorded, type Standin } from './standins/index.js';
import { supabaseWorld } from './standins/supabase.js';

const world = supabaseWorld();

const T = { supabase: world.T };

let standin: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start();
  env = { ...NO_NETWORK, [endpointVariable('supabase')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ supabase: Object.values(T.supabase) });
  // Calls that answer downstream secrets are never made: Supabase's project API keys.
  expect(recorded.filter((r) => r.provider === 'supabase' && /api-keys/.test(r.path))).toEqual([]);
  await standin.close();
});

const { one, scanFiles } = scanner(() => env);

describe('Supabase', () => {
  it('a classic PAT is root over every project (classic inferred from the prefix); deletion takes the backups (inferred)', async () => {
    const { scope, rules, certainty } = await one('supabase', T.supabase.root);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'classic-pat', root: true, certainty: 'inferred', identity: 'classic personal access token · organizations: Acme' });
    expect(scope!.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    expect(scope!.destroy).toMatchObject([{ action: 'project delete (Management API)', destroysBackups: true, certainty: 'inferred' }]);
    expect(scope!.evidence).toEqual(['GET /v1/projects', 'GET /v1/organizations']);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    expect(Object.values(certainty).every((c) => c === 'inferred')).toBe(true);
  });

  it('a scoped PAT answers 403 with missing_permissions: live, scoped', async () => {
    const { scope, rules } = await one('supabase', T.supabase.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'scoped-pat', root: false, destroy: [], identity: 'scoped personal access token · lacks projects_read' });
    expect(rules).toEqual(['ABR006']);
  });

  it('a service_role key is never sent: its role and ref decide offline', async () => {
    const key = fake.jwt({ iss: 'supabase', ref: fake.lowerAlnum(20), role: 'service_role', iat: 1700000000, exp: 2015576000 });
    const report = await scanFiles({ '.env.staging': `SUPABASE_SERVICE_ROLE_KEY=${key}\n` });
    expect(report.results[0].scope).toMatchObject({ status: 'unknown', resolution: 'offline', tokenKind: 'service_role' });
    expect(report.results[0].scope.reason).toMatch(/not resolved: Supabase documents no read-only identity call for project keys/);
  });
});

revokedRateLimitedUnexpected('supabase', T.supabase, () => standin, one);
