// DigitalOcean resolver against its stand-in (test/standins/digitalocean.ts), answering as DigitalOcean
// documents: a live root credential, a live scoped one and the provider's own cases; then a revoked one, rate
// limits and an unexpected answer (test/saas-helpers.ts). Every credential is built here by the seeded
// generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { scanner, revokedRateLimitedUnexpected } from './saas-helpers.js';
import { recorded, type Standin } from './standins/index.js';
import { digitaloceanWorld } from './standins/digitalocean.js';

const world = digitaloceanWorld();

const T = { digitalocean: world.T };

let standin: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start();
  env = { ...NO_NETWORK, [endpointVariable('digitalocean')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ digitalocean: Object.values(T.digitalocean) });
  // Calls that answer downstream secrets are never made: DigitalOcean's cluster list (connection credentials).
  expect(recorded.filter((r) => r.provider === 'digitalocean' && r.path.startsWith('/v2/databases'))).toEqual([]);
  await standin.close();
});

const { one, scanFiles } = scanner(() => env);

describe('DigitalOcean', () => {
  it('a token reading projects and Droplets: production by its projects, dangerous deletes with backups (inferred)', async () => {
    const { scope, rules, certainty } = await one('digitalocean', T.digitalocean.root);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'personal-access-token', root: false, identity: 'ops@acme.example · team Acme' });
    expect(scope!.reach.environments.sort()).toEqual(['production', 'staging']);
    expect(rendered(scope!).destroy.map((d) => [d.action, d.resource, d.destroysBackups, d.certainty])).toEqual([
      ['DELETE /v2/droplets/{id}/destroy_with_associated_resources/dangerous', '2 Droplets: web-1, web-next of Acme, with their snapshots, volumes and volume snapshots', true, 'inferred'],
      ['DELETE /v2/databases/{uuid}', 'one database cluster of project shop of Acme, production, with its automated backups', true, 'inferred'],
    ]);
    expect(scope!.evidence.map((e) => e.replace(/[0-9a-f-]{36}/, '{id}'))).toEqual([
      'GET /v2/account',
      'GET /v2/projects',
      'GET /v2/projects/{id}/resources',
      'GET /v2/projects/{id}/resources',
      'GET /v2/droplets',
    ]);
    expect(rules).toEqual(['ABR002', 'ABR003', 'ABR004']);
    expect(certainty).toEqual({ ABR002: 'confirmed', ABR003: 'inferred', ABR004: 'inferred' });
  });

  it('a custom-scoped token that may read projects only: staging, nothing it can delete', async () => {
    const { scope, rules } = await one('digitalocean', T.digitalocean.scoped);
    expect(scope).toMatchObject({ status: 'live', destroy: [], reach: { environments: ['staging'] } });
    expect(rendered(scope!).reach.resources[0]).toMatch(/reads projects; refused Droplets/);
    expect(rules).toEqual(['ABR006']);
  });

  it('a refresh token is never redeemed', async () => {
    const report = await scanFiles({ 'tokens.json': `{"refresh_token":"dor_v1_${fake.hex(64)}"}\n` });
    expect(report.results[0].scope.reason).toMatch(/not resolved: an OAuth refresh token is never redeemed/);
  });
});

revokedRateLimitedUnexpected('digitalocean', T.digitalocean, () => standin, one);
