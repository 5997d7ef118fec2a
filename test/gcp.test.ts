// Google Cloud service-account key resolver against its stand-in (test/standins/gcp.ts), answering as
// documented: the failure modes every resolver shares (test/saas-helpers.ts), then a live root credential, a
// live scoped one and the provider's own cases. Every credential is built here by the seeded generator, the key
// by node:crypto at test time.
import { scopeJson as rendered } from '../src/report/resources.js';
import { generateKeyPairSync } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providers } from '../scopes/index.js';
import { jwtBearerOnly, testPermissionsOnly } from '../scopes/gcp.js';
import * as fake from '../src/detect/fake.js';
import { Egress, EgressError, endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { gcpKey, secretOf, secretsOf, scannerOf, mine, scopeOf, rules, failureModes } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { selfSignedCertificate, startGcp } from './standins/gcp.js';

/** Registered for the revoked GCP account instead of its leaked key: the leaked one was deleted. */
const GCP_ROTATED = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

const T = {
  gcp: { root: gcpKey('billing-prod'), scoped: gcpKey('etl-staging', 'etl'), revoked: gcpKey('billing-prod', 'old'), odd: gcpKey('billing-prod', 'odd') },
};

let standin: Standin;
const odd = new Set<string>();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  const g = T.gcp;
  const OWNER = [
    'resourcemanager.projects.delete',
    'resourcemanager.projects.setIamPolicy',
    'iam.serviceAccountKeys.create',
    'iam.serviceAccounts.actAs',
    'cloudsql.instances.delete',
    'cloudsql.backupRuns.delete',
    'storage.buckets.delete',
    'storage.objects.delete',
    'compute.instances.delete',
    'compute.disks.delete',
    'compute.snapshots.delete',
  ];
  standin = await startGcp(
    {
      odd: odd,
      accounts: [
        { email: g.root.email, keys: { [g.root.keyId]: g.root.key }, projects: { 'billing-prod': OWNER, 'billing-staging': ['storage.objects.delete'] } },
        { email: g.scoped.email, keys: { [g.scoped.keyId]: g.scoped.key }, projects: { 'etl-staging': ['storage.objects.delete'] } },
        { email: g.revoked.email, keys: { [fake.hex(40)]: GCP_ROTATED }, projects: { 'billing-prod': OWNER } },
        { email: g.odd.email, keys: { [g.odd.keyId]: g.odd.key }, projects: {} },
      ],
    },
    {
      [g.root.email]: { [g.root.keyId]: selfSignedCertificate(g.root.email, g.root.key) },
      [g.scoped.email]: { [g.scoped.keyId]: selfSignedCertificate(g.scoped.email, g.scoped.key) },
      [g.revoked.email]: { [fake.hex(40)]: selfSignedCertificate(g.revoked.email, GCP_ROTATED) },
      [g.odd.email]: { [g.odd.keyId]: selfSignedCertificate(g.odd.email, g.odd.key) },
    },
  );
  odd.add(g.odd.email);
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
