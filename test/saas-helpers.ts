// What the per-provider SaaS suites (test/<provider>.test.ts) and test/saas-workspace.test.ts share: the
// seeded credential generators, the file a credential sits in as an agent would find it, the scan of one
// credential against its stand-in, and the failure cases every resolver answers the same way. Two shapes,
// from the two batches the resolvers were written in: "one" (stripe … digitalocean: the credential on one
// line of .env.staging) and "scanOf" (heroku … gcp: credentials of several parts, and a GCP key file).
import { generateKeyPairSync, type KeyObject } from 'node:crypto';
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import type { Result, ScanReport, Scope } from '../src/types.js';
import { scan, scanDefaults, type TestScan as ScanOptions, workspace } from './helpers.js';
import type { Standin } from './standins/index.js';

// ------------------------------------------------------------------ stripe, slack, … digitalocean ("one")

export const IDS_A = ['stripe', 'slack', 'gitlab', 'vercel', 'cloudflare', 'supabase', 'openai', 'anthropic', 'npm', 'digitalocean'] as const;
export type IdA = (typeof IDS_A)[number];

export const stripe = (kind: 'sk' | 'rk', mode = 'live') => `${kind}_${mode}_${fake.alnum(24)}`;
export const slackBot = () => `xoxb-${fake.digits(11)}-${fake.digits(13)}-${fake.alnum(24)}`;
export const slackUser = () => `xoxp-${fake.digits(11)}-${fake.digits(11)}-${fake.digits(13)}-${fake.hex(32)}`;
export const glpat = () => `glpat-${fake.alnum(20)}`;
export const vercel = () => `vcp_${fake.alnum(56)}`;
export const cfut = () => `cfut_${fake.alnum(40)}${fake.hex(8)}`;
export const cfk = () => `cfk_${fake.alnum(40)}${fake.hex(8)}`;
/** A classic-looking PAT: never the reported scoped prefix sbp_fc. */
export const sbp = (): string => {
  const t = `sbp_${fake.hex(40)}`;
  return t.startsWith('sbp_fc') ? sbp() : t;
};
export const openaiProject = () => `sk-proj-${fake.base64url(74)}T3BlbkFJ${fake.base64url(74)}`;
export const openaiAdmin = () => `sk-admin-${fake.base64url(58)}T3BlbkFJ${fake.base64url(58)}`;
export const anthropicKey = () => `${['sk-ant-', 'api03-'].join('')}${fake.base64url(93)}AA`;
export const anthropicAdmin = () => `sk-ant-admin01-${fake.base64url(93)}AA`;
export const doToken = () => `dop_v1_${fake.hex(64)}`;

/** The email a Cloudflare Global API Key is sent with. */
export const CF_EMAIL = 'ops@example.org';

/** The line a credential sits on in a file, as an agent would find it. */
export const LINE: Record<IdA, (t: string) => string> = {
  stripe: (t) => `STRIPE_SECRET_KEY=${t}`,
  slack: (t) => `SLACK_TOKEN=${t}`,
  gitlab: (t) => `GITLAB_TOKEN=${t}`,
  vercel: (t) => `VERCEL_TOKEN=${t}`,
  cloudflare: (t) => (t.startsWith('cfk_') ? `CLOUDFLARE_EMAIL=${CF_EMAIL}\nCLOUDFLARE_API_KEY=${t}` : `CLOUDFLARE_API_TOKEN=${t}`),
  supabase: (t) => `SUPABASE_ACCESS_TOKEN=${t}`,
  openai: (t) => `OPENAI_API_KEY=${t}`,
  anthropic: (t) => `ANTHROPIC_API_KEY=${t}`,
  npm: (t) => `NPM_TOKEN=${t}`,
  digitalocean: (t) => `DIGITALOCEAN_ACCESS_TOKEN=${t}`,
};

/** Scans files, and one credential of `id` in a staging file, against the stand-ins `env()` points at. */
export function scanner(env: () => NodeJS.ProcessEnv) {
  const scanFiles = (files: Record<string, string>, extra: Partial<ScanOptions> = {}): Promise<ScanReport> =>
    scan({ ...scanDefaults, offline: false, root: workspace(files), env: env(), timeoutMs: 2000, ...extra });
  async function one(id: IdA, token: string, extra: Partial<ScanOptions> = {}) {
    const report = await scanFiles({ '.env.staging': `${LINE[id](token)}\n` }, extra);
    const results = report.results.filter((r) => r.finding.provider === id);
    const scope: Scope | undefined = results[0]?.scope;
    return { report, results, scope, rules: results.map((r) => r.ruleId), certainty: Object.fromEntries(results.map((r) => [r.ruleId, r.certainty])) };
  }
  return { scanFiles, one };
}

/** Revoked, rate-limited and unexpected answers, for a provider of the "one" shape. */
export function revokedRateLimitedUnexpected(id: IdA, t: { revoked: string; root: string; odd: string }, standin: () => Standin, one: ReturnType<typeof scanner>['one']): void {
  describe(`${id}: revoked, rate-limited, unexpected`, () => {
    it('the documented invalid-credential answer is revoked: no rule, counted', async () => {
      const { report } = await one(id, t.revoked);
      expect(report.results).toEqual([]);
      expect(report.summary.revoked).toBe(1);
    });

    it('429 with Retry-After, then success: live', async () => {
      standin().faults.push('429');
      const { scope } = await one(id, t.root);
      expect(scope).toMatchObject({ status: 'live', resolution: 'online' });
    });

    it('rate-limited on every attempt: unknown with the reason, the offline verdict kept', async () => {
      standin().faults.push(...(id === 'gitlab' || id === 'vercel' ? (['403-ratelimit', '403-ratelimit', '403-ratelimit'] as const) : (['429', '429', '429'] as const)));
      const { report, scope } = await one(id, t.root);
      standin().faults.length = 0;
      expect(report.summary.revoked).toBe(0);
      expect(scope).toMatchObject({ status: 'unknown', resolution: 'offline', certainty: 'inferred' });
      expect(scope!.reason).toMatch(/provider could not answer \(.*rate-limited \(HTTP (?:429|403)\)\)/);
    });

    it('an unexpected answer is unknown, never revoked', async () => {
      const { report, scope, rules } = await one(id, t.odd);
      expect(report.summary.revoked).toBe(0);
      expect(scope).toMatchObject({ status: 'unknown', resolution: 'offline' });
      expect(scope!.reason).toMatch(/^provider could not answer/);
      expect(rules.length).toBeGreaterThan(0);
    });
  });
}

// ------------------------------------------------------------------ heroku, flyio, … gcp ("scanOf")

export const IDS_B = ['heroku', 'flyio', 'netlify', 'neon', 'mongodb-atlas', 'twilio', 'sendgrid', 'datadog', 'huggingface', 'gcp'] as const;
export type IdB = (typeof IDS_B)[number];

export const heroku = () => 'HRKU-AA' + fake.base64url(58);
export const flyUser = () => 'fo1_' + fake.base64url(43);
export const netlify = () => 'nfp_' + fake.alnum(36);
export const neon = () => fake.lowerAlnum(64);
const atlasPublic = () => fake.from('abcdefghijklmnopqrstuvwxyz', 8);
export const sendgrid = () => `SG.${fake.base64url(22)}.${fake.base64url(43)}`;
export const hf = () => 'hf_' + fake.alnum(34);

export interface Atlas {
  pub: string;
  priv: string;
}
export const atlas = (): Atlas => ({ pub: atlasPublic(), priv: fake.uuid() });
export interface Twilio {
  sid: string;
  secret: string;
  account?: string;
}
export const ACCOUNT_SID = `AC${fake.hex(32)}`;
export const twilioAuth = (): Twilio => ({ sid: ACCOUNT_SID, secret: fake.hex(32) });
export const twilioKey = (): Twilio => ({ sid: `SK${fake.hex(32)}`, secret: fake.alnum(32), account: ACCOUNT_SID });
export interface Datadog {
  api: string;
  app?: string;
}
export const DD_API = fake.hex(32);
export const ddApp = (): Datadog => ({ api: DD_API, app: fake.hex(40) });

export interface Gcp {
  project: string;
  email: string;
  keyId: string;
  key: KeyObject;
  pem: string;
}
export function gcpKey(project: string, name = 'deployer'): Gcp {
  const { privateKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
  return { project, email: `${name}@${project}.iam.gserviceaccount.com`, keyId: fake.hex(40), key: privateKey, pem: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString() };
}

export type Cred = string | Atlas | Twilio | Datadog | Gcp;

/** The file text an agent would find a credential in. */
const TEXT: Record<IdB, (c: never) => string> = {
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
const PATH: Record<IdB, string> = {
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
export const line = (id: IdB, c: Cred) => (TEXT[id] as (c: Cred) => string)(c);
/** The secret the detector reports for a credential. */
export const secretOf = (c: Cred): string => (typeof c === 'string' ? c : 'priv' in c ? c.priv : 'secret' in c ? c.secret : 'pem' in c ? c.pem.trimEnd().replace(/\n/g, '\\n') : (c.app ?? c.api));
/** Every secret of these credentials, for the egress check (a Datadog application key's API key too). */
export const secretsOf = (cs: Cred[]) => cs.flatMap((c: Cred) => [secretOf(c), ...(typeof c === 'object' && 'api' in c ? [c.api] : [])]);

/** One credential of `id` in its file, scanned against the stand-ins `env()` points at. */
export function scannerOf(env: () => NodeJS.ProcessEnv) {
  return async function scanOf(id: IdB, c: Cred, opts: { timeoutMs?: number; environment?: string } = {}): Promise<ScanReport> {
    return scan({ ...scanDefaults, offline: false, root: workspace({ [PATH[id]]: line(id, c) }), env: env(), timeoutMs: opts.timeoutMs ?? 5000, environment: opts.environment });
  };
}
/** The results for this credential (a Datadog file holds the API key too). */
export const mine = (r: ScanReport, c: Cred) => r.results.filter((x) => x.finding.secret === secretOf(c));
export const scopeOf = (r: ScanReport, c: Cred): Scope => {
  const rs = mine(r, c);
  expect(rs.length, 'the credential was detected and fired a rule').toBeGreaterThan(0);
  return rs[0].scope;
};
export const rules = (rs: Result[]) => rs.map((r) => `${r.ruleId}${r.certainty === 'inferred' ? '?' : ''}`);

/** Revoked, rate-limited, unexpected, 5xx and timeout, for a provider of the "scanOf" shape. */
export function failureModes(id: IdB, t: { revoked: Cred; root: Cred; odd: Cred }, standin: () => Standin, scanOf: ReturnType<typeof scannerOf>): void {
  describe(`${id}: the failure modes`, () => {
    it('a revoked credential: no rule, counted as revoked', async () => {
      const r = await scanOf(id, t.revoked);
      expect(mine(r, t.revoked).map((x) => x.scope.reason)).toEqual([]);
      expect(r.revoked.map((f) => f.secret)).toContain(secretOf(t.revoked));
    });

    it.each([['429'], ['403-ratelimit']] as const)('rate-limited (%s every time): unknown, never revoked, the offline verdict kept', async (fault) => {
      // Enough for every resolver the file starts (a Datadog file holds two keys, resolved concurrently).
      standin().faults.push(...Array(8).fill(fault));
      const r = await scanOf(id, t.root);
      standin().faults.length = 0;
      const s = scopeOf(r, t.root);
      expect(s.status).toBe('unknown');
      expect(s.resolution).toBe('offline');
      expect(s.reason).toMatch(/rate-limited/);
      expect(r.revoked).toEqual([]);
    });

    it('rate-limited once, then answered: live', async () => {
      standin().faults.push('429');
      const r = await scanOf(id, t.root);
      expect(scopeOf(r, t.root).status).toBe('live');
    });

    it('an unexpected answer: unknown with the reason', async () => {
      const c = t.odd;
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
      standin().faults.push(...Array(8).fill(fault));
      const r = await scanOf(id, t.root, { timeoutMs: 300 });
      standin().faults.length = 0;
      const s = scopeOf(r, t.root);
      expect(s.status).toBe('unknown');
      expect(s.reason).toMatch(reason);
    });
  });
}
