// Heroku, Fly.io, Netlify, Neon, MongoDB Atlas, Twilio, SendGrid, Datadog and Hugging Face resolvers and Google
// Cloud service-account keys against stand-ins answering as documented (test/standins/<provider>.ts): for each,
// a live root credential, a live scoped one, a revoked one, rate limits and an unexpected answer; then one
// workspace holding one credential of each, scanned end to end into SARIF and text. Every credential is built
// here: tokens by the seeded generator, the GCP key by node:crypto at test time.
import { scopeJson as rendered } from '../src/report/resources.js';
import { generateKeyPairSync, randomBytes, type KeyObject } from 'node:crypto';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providers } from '../scopes/index.js';
import { jwtBearerOnly, testPermissionsOnly } from '../scopes/gcp.js';
import { readFlyCaveats } from '../scopes/lib/fly-macaroon.js';
import * as fake from '../src/detect/fake.js';
import { toSarif } from '../src/report/sarif.js';
import { toText } from '../src/report/text.js';
import { baseUrl, Egress, EgressError, endpointVariable } from '../src/resolve/egress.js';
import { scan } from './helpers.js';
import type { Result, ScanReport, Scope } from '../src/types.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK, scanDefaults, workspace } from './helpers.js';
import { recorded, type Standin } from './standins/index.js';
import {
  flyMacaroon,
  selfSignedCertificate,
  SENDGRID_FULL,
  startAtlas,
  startDatadog,
  startFly,
  startGcp,
  startHeroku,
  startHuggingface,
  startNeon,
  startNetlify,
  startSendgrid,
  startTwilio,
} from './standins/saas-b-all.js';

const IDS = ['heroku', 'flyio', 'netlify', 'neon', 'mongodb-atlas', 'twilio', 'sendgrid', 'datadog', 'huggingface', 'gcp'] as const;
type Id = (typeof IDS)[number];

// ---------------------------------------------------------------------------------------------- credentials

const heroku = () => 'HRKU-AA' + fake.base64url(58);
const flyUser = () => 'fo1_' + fake.base64url(43);
const netlify = () => 'nfp_' + fake.alnum(36);
const neon = () => fake.lowerAlnum(64);
const atlasPublic = () => fake.from('abcdefghijklmnopqrstuvwxyz', 8);
const sendgrid = () => `SG.${fake.base64url(22)}.${fake.base64url(43)}`;
const hf = () => 'hf_' + fake.alnum(34);

const FLY_ORG = 4242;
const FLY_APP = 777;
const flyDeploy = [
  flyMacaroon('https://api.fly.io/v1', [
    [0, [FLY_ORG, 31]],
    [3, [new Map([[FLY_APP, 31]])]],
  ]),
  flyMacaroon('https://api.fly.io/aaa/v1', [[12, randomBytes(16)]]),
].join(',');
const flyReadonly = flyMacaroon('https://api.fly.io/v1', [[0, [FLY_ORG, 1]]]);

interface Atlas {
  pub: string;
  priv: string;
}
const atlas = (): Atlas => ({ pub: atlasPublic(), priv: fake.uuid() });
interface Twilio {
  sid: string;
  secret: string;
  account?: string;
}
const ACCOUNT_SID = `AC${fake.hex(32)}`;
const twilioAuth = (): Twilio => ({ sid: ACCOUNT_SID, secret: fake.hex(32) });
const twilioKey = (): Twilio => ({ sid: `SK${fake.hex(32)}`, secret: fake.alnum(32), account: ACCOUNT_SID });
interface Datadog {
  api: string;
  app?: string;
}
const DD_API = fake.hex(32);
const ddApp = (): Datadog => ({ api: DD_API, app: fake.hex(40) });

interface Gcp {
  project: string;
  email: string;
  keyId: string;
  key: KeyObject;
  pem: string;
}
function gcpKey(project: string, name = 'deployer'): Gcp {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { project, email: `${name}@${project}.iam.gserviceaccount.com`, keyId: fake.hex(40), key: privateKey, pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

const T = {
  heroku: { root: heroku(), scoped: heroku(), bare: heroku(), revoked: heroku(), odd: heroku() },
  flyio: { root: flyUser(), scoped: flyDeploy, readonly: flyReadonly, revoked: flyUser(), odd: flyUser() },
  netlify: { root: netlify(), scoped: netlify(), revoked: netlify(), odd: netlify() },
  neon: { root: neon(), scoped: neon(), revoked: neon(), odd: neon() },
  'mongodb-atlas': { root: atlas(), scoped: atlas(), owner: atlas(), revoked: atlas(), odd: atlas() },
  twilio: { root: twilioAuth(), scoped: twilioKey(), standard: twilioKey(), main: twilioKey(), revoked: twilioAuth(), odd: twilioAuth() },
  sendgrid: { root: sendgrid(), scoped: sendgrid(), revoked: sendgrid(), odd: sendgrid() },
  datadog: { root: ddApp(), scoped: ddApp(), api: { api: fake.hex(32) } as Datadog, revoked: ddApp(), odd: ddApp() },
  huggingface: { root: hf(), scoped: hf(), read: hf(), revoked: hf(), odd: hf() },
  gcp: { root: gcpKey('billing-prod'), scoped: gcpKey('etl-staging', 'etl'), revoked: gcpKey('billing-prod', 'old'), odd: gcpKey('billing-prod', 'odd') },
};
/** Registered for the revoked GCP account instead of its leaked key: the leaked one was deleted. */
const GCP_ROTATED = generateKeyPairSync('rsa', { modulusLength: 2048 }).privateKey;

type Cred = string | Atlas | Twilio | Datadog | Gcp;

/** The file text an agent would find a credential in. */
const LINE: Record<Id, (c: never) => string> = {
  heroku: (t: string) => `HEROKU_API_KEY=${t}\n`,
  flyio: (t: string) => (t.startsWith('fo1_') ? `FLY_API_TOKEN=${t}\n` : `FLY_API_TOKEN="FlyV1 ${t}"\n`),
  netlify: (t: string) => `NETLIFY_AUTH_TOKEN=${t}\n`,
  neon: (t: string) => `NEON_API_KEY=${t}\n`,
  'mongodb-atlas': (a: Atlas) => `MONGODB_ATLAS_PUBLIC_KEY=${a.pub}\nMONGODB_ATLAS_PRIVATE_KEY=${a.priv}\n`,
  twilio: (t: Twilio) =>
    t.sid.startsWith('AC') ? `TWILIO_ACCOUNT_SID=${t.sid}\nTWILIO_AUTH_TOKEN=${t.secret}\n` : `TWILIO_ACCOUNT_SID=${t.account}\nTWILIO_API_KEY=${t.sid}\nTWILIO_API_SECRET=${t.secret}\n`,
  sendgrid: (t: string) => `SENDGRID_API_KEY=${t}\n`,
  datadog: (d: Datadog) => `DD_SITE=datadoghq.eu\nDD_API_KEY=${d.api}\n${d.app ? `DD_APP_KEY=${d.app}\n` : ''}`,
  huggingface: (t: string) => `HF_TOKEN=${t}\n`,
  gcp: (g: Gcp) =>
    JSON.stringify(
      {
        type: 'service_account',
        project_id: g.project,
        private_key_id: g.keyId,
        private_key: g.pem,
        client_email: g.email,
        client_id: fake.digits(21),
        token_uri: 'https://oauth2.googleapis.com/token',
      },
      null,
      2,
    ),
};
const PATH: Record<Id, string> = {
  heroku: 'ci/.env.staging',
  flyio: 'ci/.env.staging',
  netlify: 'ci/.env.staging',
  neon: 'ci/.env.staging',
  'mongodb-atlas': 'ci/.env.staging',
  twilio: 'ci/.env.staging',
  sendgrid: 'ci/.env.staging',
  datadog: 'ci/.env.staging',
  huggingface: 'ci/.env.staging',
  gcp: 'keys/ci-staging-key.json',
};
const line = (id: Id, c: Cred) => (LINE[id] as (c: Cred) => string)(c);
/** The secret the detector reports for a credential. */
const secretOf = (c: Cred): string => (typeof c === 'string' ? c : 'priv' in c ? c.priv : 'secret' in c ? c.secret : 'pem' in c ? c.pem.trimEnd().replace(/\n/g, '\\n') : (c.app ?? c.api));

// ---------------------------------------------------------------------------------------------- stand-ins

const standins = {} as Record<Id, Standin>;
const odd = {} as Record<Id, Set<string>>;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  for (const id of IDS) odd[id] = new Set();
  standins.heroku = await startHeroku({
    odd: odd.heroku,
    tokens: {
      [T.heroku.root]: { email: 'founder@acme.example', scope: 'global', apps: [{ name: 'acme-api-production', team: 'acme' }, { name: 'acme-api-staging', team: 'acme' }, { name: 'side-project' }] },
      [T.heroku.scoped]: { email: 'ci@acme.example', scope: 'read', apps: [{ name: 'acme-api-staging', team: 'acme' }] },
      [T.heroku.bare]: { email: 'old@acme.example', apps: [{ name: 'legacy-worker' }] },
    },
  });
  odd.heroku.add(T.heroku.odd);
  standins.flyio = await startFly({
    odd: odd.flyio,
    tokens: { [T.flyio.root]: { apps: ['shop-production', 'shop-staging'] }, [T.flyio.scoped]: { apps: [] }, [T.flyio.readonly]: { apps: [] }, [T.flyio.odd]: { apps: [] } },
  });
  odd.flyio.add(T.flyio.odd);
  standins.netlify = await startNetlify({
    odd: odd.netlify,
    tokens: {
      [T.netlify.root]: {
        email: 'web@acme.example',
        sites: [
          { name: 'acme-www-production', team: 'Acme' },
          { name: 'acme-www-staging', team: 'Acme' },
        ],
      },
      [T.netlify.scoped]: { email: 'intern@acme.example', sites: [] },
    },
  });
  odd.netlify.add(T.netlify.odd);
  standins.neon = await startNeon({
    odd: odd.neon,
    tokens: {
      [T.neon.root]: [
        { id: 'bold-sun-1', name: 'shop', branches: ['production', 'staging', 'preview/pr-12'] },
        { id: 'calm-moon-2', name: 'analytics-prod', branches: ['main'] },
      ],
      [T.neon.scoped]: [{ id: 'late-star-3', name: 'shop-staging', branches: ['main', 'dev'] }],
    },
  });
  odd.neon.add(T.neon.odd);
  const a = T['mongodb-atlas'];
  const PROD = 'a'.repeat(8) + fake.hex(16);
  const STG = 'b'.repeat(8) + fake.hex(16);
  standins['mongodb-atlas'] = await startAtlas({
    odd: odd['mongodb-atlas'],
    keys: {
      [a.root.pub]: { privateKey: a.root.priv, roles: [{ orgId: 'org-acme', roleName: 'ORG_OWNER' }] },
      [a.scoped.pub]: { privateKey: a.scoped.priv, roles: [{ groupId: STG, roleName: 'GROUP_READ_ONLY' }], accessList: ['203.0.113.0/24'] },
      [a.owner.pub]: { privateKey: a.owner.priv, roles: [{ groupId: STG, roleName: 'GROUP_OWNER' }] },
      [a.revoked.pub]: { privateKey: fake.uuid(), roles: [{ orgId: 'org-acme', roleName: 'ORG_OWNER' }] },
      [a.odd.pub]: { privateKey: a.odd.priv, roles: [] },
    },
    groups: [
      { id: PROD, name: 'shop-production', orgId: 'org-acme', clusters: [{ name: 'orders', terminationProtectionEnabled: true }] },
      { id: STG, name: 'shop-staging', orgId: 'org-acme', clusters: [{ name: 'orders-stg' }] },
    ],
  });
  odd['mongodb-atlas'].add(a.odd.pub);
  const tw = T.twilio;
  standins.twilio = await startTwilio({
    odd: odd.twilio,
    accounts: [
      { sid: ACCOUNT_SID, authToken: tw.root.secret, friendlyName: 'Acme Production', subaccounts: [{ sid: `AC${fake.hex(32)}`, friendlyName: 'Acme Staging' }] },
      { sid: tw.odd.sid, authToken: tw.odd.secret, friendlyName: 'x' },
    ],
    keys: {
      [tw.scoped.sid]: { secret: tw.scoped.secret, type: 'restricted', account: ACCOUNT_SID },
      [tw.standard.sid]: { secret: tw.standard.secret, type: 'standard', account: ACCOUNT_SID },
      [tw.main.sid]: { secret: tw.main.secret, type: 'main', account: ACCOUNT_SID },
    },
  });
  odd.twilio.add(tw.odd.secret);
  standins.sendgrid = await startSendgrid({
    odd: odd.sendgrid,
    keys: {
      [T.sendgrid.root]: { scopes: SENDGRID_FULL, profile: { first_name: 'Mail', last_name: 'Admin', company: 'Acme' } },
      [T.sendgrid.scoped]: { scopes: ['mail.send', 'sender_verification_eligible'] },
    },
  });
  odd.sendgrid.add(T.sendgrid.odd);
  const dd = T.datadog;
  standins.datadog = await startDatadog({
    odd: odd.datadog,
    apiKeys: { [DD_API]: { org: 'f3c2a0de-0000-4000-8000-00000000acme', id: 'key-1', scopes: [] }, [dd.api.api]: { org: 'f3c2a0de-0000-4000-8000-00000000acme', id: 'key-2' } },
    appKeys: { [dd.root.app!]: { email: 'sre@acme.example', roles: ['Datadog Admin Role'] }, [dd.scoped.app!]: {}, [dd.odd.app!]: {} },
  });
  odd.datadog.add(dd.odd.app!);
  standins.huggingface = await startHuggingface({
    odd: odd.huggingface,
    tokens: {
      [T.huggingface.root]: {
        name: 'ml-lead',
        email: 'ml@acme.example',
        role: 'write',
        orgs: [
          { name: 'acme-ai', roleInOrg: 'admin' },
          { name: 'reading-club', roleInOrg: 'read' },
        ],
      },
      [T.huggingface.scoped]: {
        name: 'ml-ci',
        role: 'fineGrained',
        fineGrained: { scoped: [{ entity: { type: 'model', name: 'acme-ai/sentiment-staging' }, permissions: ['repo.content.read', 'repo.write'] }] },
      },
      [T.huggingface.read]: { name: 'ml-reader', role: 'read' },
      [T.huggingface.odd]: { name: 'x', role: 'read' },
    },
  });
  odd.huggingface.add(T.huggingface.odd);
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
  standins.gcp = await startGcp(
    {
      odd: odd.gcp,
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
  odd.gcp.add(g.odd.email);
  env = { ...NO_NETWORK, ...Object.fromEntries(IDS.map((id) => [endpointVariable(id), standins[id].url])) };
});

afterAll(async () => {
  const secrets = Object.fromEntries(IDS.map((id) => [id, Object.values(T[id]).flatMap((c: Cred) => [secretOf(c), ...(typeof c === 'object' && 'api' in c ? [c.api] : [])])]));
  assertEgressClean(secrets);
  await Promise.all(IDS.map((id) => standins[id]?.close()));
});

// ---------------------------------------------------------------------------------------------- helpers

async function scanOf(id: Id, c: Cred, opts: { timeoutMs?: number; environment?: string } = {}): Promise<ScanReport> {
  return scan({ ...scanDefaults, offline: false, root: workspace({ [PATH[id]]: line(id, c) }), env, timeoutMs: opts.timeoutMs ?? 5000, environment: opts.environment });
}
/** The results for this credential (a Datadog file holds the API key too). */
const mine = (r: ScanReport, c: Cred) => r.results.filter((x) => x.finding.secret === secretOf(c));
const scopeOf = (r: ScanReport, c: Cred): Scope => {
  const rs = mine(r, c);
  expect(rs.length, 'the credential was detected and fired a rule').toBeGreaterThan(0);
  return rs[0].scope;
};
const rules = (rs: Result[]) => rs.map((r) => `${r.ruleId}${r.certainty === 'inferred' ? '?' : ''}`);

// ---------------------------------------------------------------------------------------------- every provider

describe.each(IDS.map((id) => [id] as const))('%s: the failure modes', (id) => {
  it('a revoked credential: no rule, counted as revoked', async () => {
    const r = await scanOf(id, T[id].revoked);
    expect(mine(r, T[id].revoked).map((x) => x.scope.reason)).toEqual([]);
    expect(r.revoked.map((f) => f.secret)).toContain(secretOf(T[id].revoked));
  });

  it.each([['429'], ['403-ratelimit']] as const)('rate-limited (%s every time): unknown, never revoked, the offline verdict kept', async (fault) => {
    // Enough for every resolver the file starts (a Datadog file holds two keys, resolved concurrently).
    standins[id].faults.push(...Array(8).fill(fault));
    const r = await scanOf(id, T[id].root);
    standins[id].faults.length = 0;
    const s = scopeOf(r, T[id].root);
    expect(s.status).toBe('unknown');
    expect(s.resolution).toBe('offline');
    expect(s.reason).toMatch(/rate-limited/);
    expect(r.revoked).toEqual([]);
  });

  it('rate-limited once, then answered: live', async () => {
    standins[id].faults.push('429');
    const r = await scanOf(id, T[id].root);
    expect(scopeOf(r, T[id].root).status).toBe('live');
  });

  it('an unexpected answer: unknown with the reason', async () => {
    const c = T[id].odd;
    const r = await scanOf(id, c);
    const s = scopeOf(r, c);
    expect(s.status).toBe('unknown');
    expect(s.reason).toMatch(/unexpected|malformed/);
    expect(r.revoked).toEqual([]);
  });

  it.each([
    ['500', /HTTP 502/],
    ['timeout', /timed out/],
  ] as const)('%s every time: unknown with the reason', async (fault, reason) => {
    standins[id].faults.push(...Array(8).fill(fault));
    const r = await scanOf(id, T[id].root, { timeoutMs: 300 });
    standins[id].faults.length = 0;
    const s = scopeOf(r, T[id].root);
    expect(s.status).toBe('unknown');
    expect(s.reason).toMatch(reason);
  });
});

// ---------------------------------------------------------------------------------------------- per provider

describe('Heroku', () => {
  it('live root: the global token, every app, Postgres backups deletable', async () => {
    const s = scopeOf(await scanOf('heroku', T.heroku.root), T.heroku.root);
    expect(s).toMatchObject({ status: 'live', tokenKind: 'global-token', identity: 'founder@acme.example', root: true, certainty: 'confirmed' });
    expect(s.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    expect(s.destroy.map((d) => [d.action, d.destroysBackups, d.certainty])).toEqual([
      ['apps:destroy', false, 'confirmed'],
      ['addons:destroy', true, 'inferred'],
      ['pg:backups:delete', true, 'confirmed'],
    ]);
    expect(s.evidence).toEqual(['GET /account', 'GET /apps']);
  });

  it('live scoped: a read authorization reaches its apps, destroys nothing', async () => {
    const r = await scanOf('heroku', T.heroku.scoped);
    const s = scopeOf(r, T.heroku.scoped);
    expect(s).toMatchObject({ tokenKind: 'read-token', root: false, destroy: [] });
    expect(s.reach.environments).toEqual(['staging']);
    expect(rules(mine(r, T.heroku.scoped))).toEqual(['ABR006']);
  });

  it('no Oauth-Scope header: root, but inferred', async () => {
    const r = await scanOf('heroku', T.heroku.bare);
    const s = scopeOf(r, T.heroku.bare);
    expect(s).toMatchObject({ tokenKind: 'api-key', root: true, certainty: 'inferred' });
    expect(rules(mine(r, T.heroku.bare))).toEqual(['ABR001?', 'ABR002?', 'ABR003?', 'ABR004?']);
  });
});

describe('Fly.io', () => {
  it('live root: a user token, every app, volumes (and their snapshots, inferred)', async () => {
    const r = await scanOf('flyio', T.flyio.root);
    const s = scopeOf(r, T.flyio.root);
    expect(s).toMatchObject({ tokenKind: 'user-token', root: true });
    expect(s.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    expect(rules(mine(r, T.flyio.root))).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004?']);
    expect(s.evidence).toEqual(['GET /v1/apps', 'GET /v1/apps']);
  });

  it("live scoped: a deploy token's caveats name its one app", async () => {
    const s = scopeOf(await scanOf('flyio', T.flyio.scoped), T.flyio.scoped);
    expect(s).toMatchObject({ status: 'live', tokenKind: 'deploy-token', root: false });
    expect(rendered(s).reach.resources[0]).toBe(`app ${FLY_APP} (rwcdC)`);
    expect(s.destroy.every((d) => d.certainty === 'inferred')).toBe(true);
    expect(s.evidence).toEqual(['GET /v1/apps']);
  });

  it('a readonly token destroys nothing; the macaroon reader reads what fly tokens debug shows', async () => {
    const s = scopeOf(await scanOf('flyio', T.flyio.readonly), T.flyio.readonly);
    expect(s).toMatchObject({ tokenKind: 'readonly-token', destroy: [] });
    expect(readFlyCaveats(flyDeploy)).toMatchObject({ orgs: [{ id: String(FLY_ORG), mask: 31 }], apps: [{ [String(FLY_APP)]: 31 }] });
    expect(readFlyCaveats('fm2_' + fake.base64(120))).toBeUndefined();
  });
});

describe('Netlify', () => {
  it('live root: the token acts as its user on every site', async () => {
    const r = await scanOf('netlify', T.netlify.root);
    const s = scopeOf(r, T.netlify.root);
    expect(s).toMatchObject({ tokenKind: 'personal-access-token', identity: 'web@acme.example', root: true });
    expect(s.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    expect(rendered(s).reach.resources.join(' ')).toMatch(/environment variables/);
    expect(rules(mine(r, T.netlify.root))).toEqual(['ABR001', 'ABR002', 'ABR003?']);
  });

  it("live with no site: still its user's whole account (Netlify has no scoped token)", async () => {
    const s = scopeOf(await scanOf('netlify', T.netlify.scoped), T.netlify.scoped);
    expect(s).toMatchObject({ status: 'live', identity: 'intern@acme.example', root: true });
    expect(s.inferred.join(' ')).toMatch(/no scoped personal access token is UNCONFIRMED/);
  });
});

describe('Neon', () => {
  it('live root: many projects, branches as environments, hard_delete takes the history', async () => {
    const r = await scanOf('neon', T.neon.root);
    const s = scopeOf(r, T.neon.root);
    expect(s).toMatchObject({ tokenKind: 'personal-or-organization-key', root: true, certainty: 'confirmed' });
    expect(s.reach.environments.sort()).toEqual(['*', 'preview', 'production', 'staging']);
    expect(
      rendered(s)
        .destroy.filter((d) => d.destroysBackups)
        .map((d) => d.resource),
    ).toEqual([
      // One primitive per project.
      '3 branches: production, staging, preview/pr-12 of project shop, with their history (no recovery window)',
      'branch main of project analytics-prod, with its history (no recovery window)',
    ]);
    // The file is staging's; the key also reaches preview branches.
    expect(rules(mine(r, T.neon.root))).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004', 'ABR008']);
    expect(s.evidence).toEqual(['GET /api/v2/projects', 'GET /api/v2/projects/bold-sun-1/branches', 'GET /api/v2/projects/calm-moon-2/branches']);
  });

  it('live scoped: one project, project-scoped inferred', async () => {
    const r = await scanOf('neon', T.neon.scoped);
    const s = scopeOf(r, T.neon.scoped);
    expect(s).toMatchObject({ tokenKind: 'project-scoped-key', root: false, certainty: 'inferred' });
    expect(s.reach.environments.sort()).toEqual(['development', 'staging']);
    expect(rules(mine(r, T.neon.scoped))).toEqual(['ABR003?', 'ABR004?', 'ABR008?']);
  });
});

describe('MongoDB Atlas', () => {
  const a = T['mongodb-atlas'];
  it('live root: an Organization Owner key (HTTP Digest), clusters named, snapshots inferred', async () => {
    const r = await scanOf('mongodb-atlas', a.root);
    const s = scopeOf(r, a.root);
    expect(s).toMatchObject({ tokenKind: 'org-owner-api-key', root: true });
    expect(s.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    expect(rendered(s).destroy.map((d) => [d.action, d.resource])).toEqual([
      // One primitive per cluster.
      ['deleteCluster', 'cluster orders of project shop-production (termination protection on; the owner role can turn it off)'],
      ['deleteCluster retainBackups=false', 'every backup snapshot of cluster orders of project shop-production'],
      ['deleteCluster', 'cluster orders-stg of project shop-staging'],
      ['deleteCluster retainBackups=false', 'every backup snapshot of cluster orders-stg of project shop-staging'],
    ]);
    expect(rules(mine(r, a.root))).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004?']);
    expect(s.evidence.slice(0, 3)).toEqual(['GET /api/atlas/v2', 'GET /api/atlas/v2', 'GET /api/atlas/v2/groups']);
  });

  it('live scoped: a Project Read Only key behind an access list', async () => {
    const r = await scanOf('mongodb-atlas', a.scoped);
    const s = scopeOf(r, a.scoped);
    expect(s).toMatchObject({ tokenKind: 'read-only-api-key', root: false, destroy: [] });
    expect(rendered(s).reach.resources.join('\n')).toMatch(/^API key \S+, usable only from 203\.0\.113\.0\/24 \(IP access list\)$/m);
    expect(rules(mine(r, a.scoped))).toEqual(['ABR006']);
  });

  it("a Project Owner can delete its project's clusters only", async () => {
    const s = scopeOf(await scanOf('mongodb-atlas', a.owner), a.owner);
    expect(s).toMatchObject({ tokenKind: 'project-owner-api-key', root: false });
    expect(rendered(s).destroy.map((d) => d.resource)).toEqual(['cluster orders-stg of project shop-staging', 'every backup snapshot of cluster orders-stg of project shop-staging']);
  });

  it('a private key without its public key is not sent', async () => {
    const r = await scan({ ...scanDefaults, offline: false, root: workspace({ 'atlas.env': `MONGODB_ATLAS_PRIVATE_KEY=${fake.uuid()}\n` }), env });
    expect(r.results[0].scope.reason).toMatch(/not resolved: no Atlas public key/);
  });
});

describe('Twilio', () => {
  const tw = T.twilio;
  it('live root: the Auth Token, the account and its subaccounts', async () => {
    const r = await scanOf('twilio', tw.root);
    const s = scopeOf(r, tw.root);
    expect(s).toMatchObject({ tokenKind: 'auth-token', identity: ACCOUNT_SID, root: true });
    expect(s.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    expect(rules(mine(r, tw.root))).toEqual(['ABR001', 'ABR002', 'ABR003?']);
    expect(s.evidence).toEqual(['GET verify:/v2/Services', 'GET /2010-04-01/Accounts.json']);
  });

  it('live scoped: a restricted key (Verify code 70051)', async () => {
    const r = await scanOf('twilio', tw.scoped);
    expect(scopeOf(r, tw.scoped)).toMatchObject({ status: 'live', tokenKind: 'restricted-api-key', root: false, destroy: [] });
    expect(rules(mine(r, tw.scoped))).toEqual(['ABR006']);
  });

  it('Standard and Main keys, told apart by /Accounts', async () => {
    expect(scopeOf(await scanOf('twilio', tw.standard), tw.standard)).toMatchObject({ tokenKind: 'standard-api-key', root: false });
    expect(scopeOf(await scanOf('twilio', tw.main), tw.main)).toMatchObject({ tokenKind: 'main-api-key', root: true });
  });
});

describe('SendGrid', () => {
  it('live root: a Full Access key', async () => {
    const r = await scanOf('sendgrid', T.sendgrid.root);
    const s = scopeOf(r, T.sendgrid.root);
    expect(s).toMatchObject({ tokenKind: 'full-access-key', identity: 'Mail Admin, Acme', root: true });
    expect(s.destroy.map((d) => d.action)).toEqual(['api_keys.delete', 'asm.groups.delete', 'alerts.delete', 'access_settings.whitelist.delete', 'other *.delete scopes']);
    expect(rules(mine(r, T.sendgrid.root))).toEqual(['ABR001', 'ABR002', 'ABR003']);
    expect(s.evidence).toEqual(['GET /v3/scopes', 'GET /v3/user/profile']);
  });

  it('live scoped: mail.send only', async () => {
    const r = await scanOf('sendgrid', T.sendgrid.scoped);
    const s = scopeOf(r, T.sendgrid.scoped);
    expect(s).toMatchObject({ tokenKind: 'restricted-key', root: false, destroy: [] });
    expect(rendered(s).reach.resources).toContain("the mail from the account's verified domains (phishing, sender reputation): mail.send");
    expect(rules(mine(r, T.sendgrid.scoped))).toEqual(['ABR006']);
  });

  it('revoked only once the EU host refuses it too', async () => {
    const before = recorded.length;
    const r = await scanOf('sendgrid', T.sendgrid.revoked);
    expect(r.revoked.length).toBe(1);
    // One stand-in serves both hosts (ABR_ENDPOINT_SENDGRID): the key was asked about twice.
    expect(
      recorded
        .slice(before)
        .filter((x) => x.provider === 'sendgrid')
        .map((x) => x.path),
    ).toEqual(['/v3/scopes', '/v3/scopes']);
  });
});

describe('Datadog', () => {
  const dd = T.datadog;
  it('live root: an unscoped application key of an admin, on the configured site first', async () => {
    const r = await scanOf('datadog', dd.root);
    const s = scopeOf(r, dd.root);
    expect(s).toMatchObject({ tokenKind: 'admin-application-key', identity: 'sre@acme.example on datadoghq.eu (Datadog Admin Role)', root: true });
    expect(rules(mine(r, dd.root))).toEqual(['ABR001', 'ABR002', 'ABR003']);
    expect(s.evidence).toEqual(['GET eu:/api/v1/validate', 'GET eu:/api/v2/validate_keys', 'GET eu:/api/v2/current_user']);
    // The API key beside it resolves on its own: data submission, nothing to destroy.
    const api = r.results.find((x) => x.finding.secret === dd.root.api)!;
    expect(api.scope).toMatchObject({ status: 'live', tokenKind: 'api-key', identity: 'organization f3c2a0de-0000-4000-8000-00000000acme on datadoghq.eu' });
  });

  it('live scoped: current_user refuses a scoped application key', async () => {
    const r = await scanOf('datadog', dd.scoped);
    expect(scopeOf(r, dd.scoped)).toMatchObject({ status: 'live', tokenKind: 'scoped-application-key', root: false, certainty: 'inferred' });
    expect(rules(mine(r, dd.scoped))).toEqual(['ABR006']);
  });

  it('an API key alone: live, submits data', async () => {
    const r = await scanOf('datadog', dd.api);
    expect(scopeOf(r, dd.api)).toMatchObject({ status: 'live', tokenKind: 'api-key', root: false, destroy: [] });
  });

  it('without a site, every site is tried (one stand-in: each tried once)', () => {
    const e = new Egress({ env: {} });
    const hosts = ['default', 'eu', 'us3', 'us5', 'ap1', 'ap2', 'gov'].map((b) => e.admit(providers.find((p) => p.id === 'datadog')!.egress!, 'GET', '/api/v1/validate', undefined, b).url.hostname);
    expect(hosts).toEqual(['api.datadoghq.com', 'api.datadoghq.eu', 'api.us3.datadoghq.com', 'api.us5.datadoghq.com', 'api.ap1.datadoghq.com', 'api.ap2.datadoghq.com', 'api.ddog-gov.com']);
  });
});

describe('Hugging Face', () => {
  it("live root: a write token over its user's and its organizations' repositories", async () => {
    const r = await scanOf('huggingface', T.huggingface.root);
    const s = scopeOf(r, T.huggingface.root);
    expect(s).toMatchObject({ tokenKind: 'write-token', root: true });
    expect(rendered(s).destroy.map((d) => d.resource)).toEqual(['every repository of ml-lead', 'every repository of organization acme-ai (admin)']);
    expect(rules(mine(r, T.huggingface.root))).toEqual(['ABR001', 'ABR002', 'ABR003?']);
  });

  it('live scoped: a fine-grained token, its entities and permissions', async () => {
    const r = await scanOf('huggingface', T.huggingface.scoped);
    const s = scopeOf(r, T.huggingface.scoped);
    expect(s).toMatchObject({ tokenKind: 'fine-grained-token', root: false });
    expect(rendered(s).reach).toEqual({ environments: ['staging'], resources: ['model acme-ai/sentiment-staging: repo.content.read, repo.write'] });
    expect(rules(mine(r, T.huggingface.scoped))).toEqual(['ABR003?']);
  });

  it('a read token: live, nothing destroyed', async () => {
    const r = await scanOf('huggingface', T.huggingface.read);
    expect(rules(mine(r, T.huggingface.read))).toEqual(['ABR006']);
  });
});

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

// ---------------------------------------------------------------------------------------------- egress: named bases

describe('egress: providers with several API hosts (named bases)', () => {
  const gcp = providers.find((p) => p.id === 'gcp')!.egress!;
  const twilio = providers.find((p) => p.id === 'twilio')!.egress!;

  it("every named base is https on the provider's own hosts", () => {
    for (const p of providers) {
      for (const [name, u] of Object.entries(p.egress?.bases ?? {})) {
        const url = new URL(u);
        expect(url.protocol, `${p.id} base ${name}`).toBe('https:');
        expect(p.egress!.hosts).toContain(url.hostname);
        for (const r of p.egress!.routes) for (const b of r.bases ?? []) expect(b === 'default' || b in p.egress!.bases!, `${p.id}: route names unknown base ${b}`).toBe(true);
      }
    }
  });

  it('a route goes only to its own base', () => {
    const e = new Egress({ env: {} });
    expect(e.admit(gcp, 'GET', '/robot/v1/metadata/x509/a%40b.iam.gserviceaccount.com', undefined, 'www').url.hostname).toBe('www.googleapis.com');
    expect(() => e.admit(gcp, 'GET', '/robot/v1/metadata/x509/a%40b.iam.gserviceaccount.com')).toThrow(EgressError);
    expect(() => e.admit(twilio, 'GET', '/2010-04-01/Accounts.json', undefined, 'verify')).toThrow(EgressError);
    expect(() => e.admit(gcp, 'GET', '/v3/projects:search', undefined, 'nowhere')).toThrow(/no API base named nowhere/);
  });

  it('overrides come only from the environment: ABR_ENDPOINT_<ID>_<NAME>, else ABR_ENDPOINT_<ID>; the default base is unchanged', () => {
    expect(baseUrl(gcp, { ABR_ENDPOINT_GCP: 'http://127.0.0.1:1' }, 'oauth2')).toMatchObject({ overridden: true });
    expect(baseUrl(gcp, { ABR_ENDPOINT_GCP: 'http://127.0.0.1:1', ABR_ENDPOINT_GCP_OAUTH2: 'http://127.0.0.1:2' }, 'oauth2').url.port).toBe('2');
    expect(baseUrl(gcp, { ABR_ENDPOINT_GCP_OAUTH2: 'http://127.0.0.1:2' }).url.hostname).toBe('cloudresourcemanager.googleapis.com');
    expect(baseUrl(gcp, {}, 'www').url.href).toBe('https://www.googleapis.com/');
    expect(() => baseUrl(gcp, { ABR_ENDPOINT_GCP_WWW: 'ftp://x' }, 'www')).toThrow(/ABR_ENDPOINT_GCP_WWW must be http/);
  });
});

// ---------------------------------------------------------------------------------------------- end to end

describe('one workspace holding one credential of each provider, scanned end to end', () => {
  /** What a user should read per provider: token kind, root, reach, the rules and their certainty, the fix. */
  const EXPECT: Record<Id, { kind: string; root: boolean; env: string[]; rules: string[]; fix: RegExp }> = {
    heroku: { kind: 'global-token', root: true, env: ['*', 'production', 'staging'], rules: ['ABR001', 'ABR002', 'ABR003', 'ABR004'], fix: /heroku authorizations:create -s read -e <seconds>/ },
    flyio: { kind: 'user-token', root: true, env: ['*', 'production', 'staging'], rules: ['ABR001', 'ABR002', 'ABR003', 'ABR004?'], fix: /fly tokens create deploy -a <app>/ },
    netlify: { kind: 'personal-access-token', root: true, env: ['*', 'production', 'staging'], rules: ['ABR001', 'ABR002', 'ABR003?'], fix: /dedicated team member with the least access/ },
    neon: {
      kind: 'personal-or-organization-key',
      root: true,
      env: ['*', 'preview', 'production', 'staging'],
      rules: ['ABR001', 'ABR002', 'ABR003', 'ABR004', 'ABR008'],
      fix: /project-scoped API key for the one project/,
    },
    'mongodb-atlas': {
      kind: 'org-owner-api-key',
      root: true,
      env: ['*', 'production', 'staging'],
      rules: ['ABR001', 'ABR002', 'ABR003', 'ABR004?'],
      fix: /service account holding the minimal project role \(e\.g\. Project Read Only\)/,
    },
    twilio: { kind: 'auth-token', root: true, env: ['*', 'production', 'staging'], rules: ['ABR001', 'ABR002', 'ABR003?'], fix: /restricted API key with only the product permissions needed/ },
    sendgrid: { kind: 'full-access-key', root: true, env: ['*'], rules: ['ABR001', 'ABR002', 'ABR003'], fix: /restricted key with mail\.send only/ },
    datadog: { kind: 'admin-application-key', root: true, env: ['*'], rules: ['ABR001', 'ABR002', 'ABR003'], fix: /scoped application key \(e\.g\. monitors_read\) owned by a service account/ },
    huggingface: { kind: 'write-token', root: true, env: ['*'], rules: ['ABR001', 'ABR002', 'ABR003?'], fix: /fine-grained token scoped to the named repositories/ },
    gcp: {
      kind: 'service-account-key',
      root: true,
      env: ['production', 'staging'],
      rules: ['ABR001', 'ABR002', 'ABR003', 'ABR004'],
      fix: /workload identity federation or service-account impersonation/,
    },
  };
  const FILE: Record<Id, string> = {
    heroku: 'heroku.env',
    flyio: 'fly.env',
    netlify: 'netlify.env',
    neon: 'neon.env',
    'mongodb-atlas': 'atlas.env',
    twilio: 'twilio.env',
    sendgrid: 'sendgrid.env',
    datadog: 'datadog.env',
    huggingface: 'hf.env',
    gcp: 'gcp-key.json',
  };
  let report: ScanReport;
  let sarif: ReturnType<typeof toSarif>;
  let text: string;

  beforeAll(async () => {
    const root = workspace(Object.fromEntries(IDS.map((id) => [`services/${FILE[id]}`, line(id, T[id].root)])));
    report = await scan({ ...scanDefaults, offline: false, root, env, environment: 'staging' });
    sarif = toSarif(report);
    text = toText(report);
    if (process.env.ABR_PRINT) console.log(text);
  });

  it('every credential was resolved online, none revoked', () => {
    expect(report.summary.resolution).toBe('online');
    expect(report.revoked).toEqual([]);
    for (const id of IDS)
      expect(
        mine(report, T[id].root).every((r) => r.scope.status === 'live' && r.scope.resolution === 'online'),
        id,
      ).toBe(true);
  });

  it.each(IDS.map((id) => [id] as const))('%s: token kind, reach, root/destroy/backup verdicts and remediation — in the data, the SARIF and the text', (id) => {
    const e = EXPECT[id];
    const rs = mine(report, T[id].root);
    expect(rules(rs)).toEqual(e.rules);
    const s = rs[0].scope;
    expect(s.tokenKind).toBe(e.kind);
    expect(s.root).toBe(e.root);
    expect([...s.reach.environments].sort()).toEqual(e.env);
    expect(rs[0].remediation).toMatch(e.fix);

    const path = `services/${FILE[id]}`;
    const results = sarif.runs[0].results!.filter(
      (r) => r.locations![0].physicalLocation!.artifactLocation!.uri === path && (r.properties as { redacted: string }).redacted === rs[0].finding.redacted,
    );
    expect(results.map((r) => `${r.ruleId}${(r.properties as { certainty: string }).certainty === 'inferred' ? '?' : ''}`)).toEqual(e.rules);
    for (const r of results) {
      const p = r.properties as { scope: Scope; remediation: string; resolution: string };
      expect(p.scope.tokenKind).toBe(e.kind);
      expect(p.scope.root).toBe(e.root);
      expect(p.resolution).toBe('online');
      expect(p.remediation).toMatch(e.fix);
      expect(r.message.text).toContain(`Fix: ${rs[0].remediation}`);
    }
    const backups = results.find((r) => r.ruleId === 'ABR004');
    if (backups) expect(backups.message.text).toMatch(/destroy data and its backups/);
    if (e.root) expect(results.find((r) => r.ruleId === 'ABR001')!.message.text).toMatch(/^Root /);

    const block = text.slice(text.indexOf(path));
    expect(block).toContain(`fix: ${rs[0].remediation}`);
    expect(block).toContain(`${rs[0].finding.line}:${rs[0].finding.column}  ${e.rules[0].replace('?', '')} `);
    if (rs.some((r) => r.ruleId === 'ABR003')) expect(block).toContain('destroys: ');
  });

  it('no secret in the SARIF or the text', () => {
    const out = JSON.stringify(sarif) + text;
    for (const id of IDS) for (const c of Object.values(T[id]) as Cred[]) expect(out.includes(secretOf(c)), id).toBe(false);
    expect(out.includes(T.gcp.root.pem.split('\n')[1])).toBe(false);
  });
});
