// Google Cloud service-account key resolver against its stand-in (test/standins/gcp.ts), answering as
// documented: the failure modes every resolver shares (test/saas-helpers.ts), then a live root credential, a
// live scoped one and the provider's own cases. Every credential is built here by the seeded generator, the key
// by node:crypto at test time.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providers } from '../scopes/index.js';
import { jwtBearerOnly, testPermissionsOnly } from '../scopes/gcp.js';
import { Egress, EgressError, endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { secretOf, secretsOf, scannerOf, mine, scopeOf, rules, failureModes } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { gcpWorld } from './standins/gcp.js';

const W = gcpWorld();
const T = { gcp: W.T };

let standin: Standin;
const odd = new Set<string>();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await W.start(odd);
  env = { ...NO_NETWORK, [endpointVariable('gcp')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ gcp: secretsOf(Object.values(T.gcp)) });
  await standin?.close();
});

const scanOf = scannerOf(() => env);

failureModes('gcp', T.gcp, () => standin, scanOf);

describe('Google Cloud service-account keys', () => {
  const g = T.gcp;
  it('live root: certificate pre-check, signed JWT exchange, testIamPermissions; owner-equivalent, Cloud SQL backups', async () => {
    const r = await scanOf('gcp', g.root);
    const s = scopeOf(r, g.root);
    expect(s).toMatchObject({ tokenKind: 'service-account-key', identity: g.root.email, root: true });
    expect(s.reach.environments.sort()).toEqual(['production', 'staging']);
    expect(s.evidence).toEqual([
      `GET www:/robot/v1/metadata/x509/${encodeURIComponent(g.root.email)}`,
      'POST oauth2:/token token jwt-bearer (read-only scope)',
      'GET /v3/projects:search',
      'POST /v1/projects/billing-prod:testIamPermissions testIamPermissions',
      'POST /v1/projects/billing-staging:testIamPermissions testIamPermissions',
    ]);
    const d = Object.fromEntries(rendered(s).destroy.map((x) => [x.action, x]));
    expect(d['cloudsql.instances.delete']).toMatchObject({ destroysBackups: true, certainty: 'confirmed', resource: 'every Cloud SQL instance of billing-prod, with its backups' });
    // One primitive per project.
    expect(
      rendered(s)
        .destroy.filter((x) => x.action === 'storage.objects.delete')
        .map((x) => x.resource),
    ).toEqual(['every object of billing-prod (soft delete keeps them 7 days by default)', 'every object of billing-staging (soft delete keeps them 7 days by default)']);
    expect(rules(mine(r, g.root))).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
  });

  it('live scoped: an account that can delete objects in its staging project only', async () => {
    const r = await scanOf('gcp', g.scoped);
    const s = scopeOf(r, g.scoped);
    expect(s).toMatchObject({ root: false, reach: { environments: ['staging'] } });
    expect(s.destroy.map((x) => [x.action, x.destroysBackups])).toEqual([['storage.objects.delete', false]]);
    expect(rules(mine(r, g.scoped))).toEqual(['ABR003']);
  });

  it('a deleted key: Google\'s "Invalid JWT Signature" is revocation, and the pre-check agrees', async () => {
    const r = await scanOf('gcp', g.revoked);
    expect(r.results.map((x) => x.scope.reason)).toEqual([]);
    expect(r.revoked.map((f) => f.secret)).toEqual([secretOf(g.revoked)]);
  });

  it('the token exchange and testIamPermissions pass the egress only as reads', () => {
    const form = (o: Record<string, string>) => new URLSearchParams(o).toString();
    const jwt = (claims: object) => `e30.${Buffer.from(JSON.stringify(claims)).toString('base64url')}.sig`;
    const grant = 'urn:ietf:params:oauth:grant-type:jwt-bearer';
    expect(jwtBearerOnly(form({ grant_type: grant, assertion: jwt({ scope: 'https://www.googleapis.com/auth/cloud-platform.read-only' }) }))).toMatch(/jwt-bearer/);
    expect(() => jwtBearerOnly(form({ grant_type: grant, assertion: jwt({ scope: 'https://www.googleapis.com/auth/cloud-platform' }) }))).toThrow(EgressError);
    expect(() => jwtBearerOnly(form({ grant_type: 'refresh_token', refresh_token: 'x' }))).toThrow(EgressError);
    expect(() => jwtBearerOnly(form({ grant_type: grant, assertion: jwt({ scope: 'https://www.googleapis.com/auth/cloud-platform.read-only' }), extra: '1' }))).toThrow(EgressError);
    expect(testPermissionsOnly(JSON.stringify({ permissions: ['storage.buckets.delete'] }))).toBe('testIamPermissions');
    expect(() => testPermissionsOnly(JSON.stringify({ permissions: ['storage.*'] }))).toThrow(EgressError);
    expect(() => testPermissionsOnly(JSON.stringify({ permissions: ['storage.buckets.delete'], policy: {} }))).toThrow(EgressError);
    const e = new Egress({ env: {} });
    const gcp = providers.find((p) => p.id === 'gcp')!.egress!;
    expect(() => e.admit(gcp, 'POST', '/v1/projects/billing-prod:setIamPolicy', '{}')).toThrow(EgressError);
    expect(() => e.admit(gcp, 'POST', '/token', form({ grant_type: grant, assertion: jwt({ scope: 'https://www.googleapis.com/auth/cloud-platform.read-only' }) }))).toThrow(
      /not an allowed read call/,
    );
  });
});
