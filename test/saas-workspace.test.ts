import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providers } from '../scopes/index.js';
import { toSarif } from '../src/report/sarif.js';
import { toText } from '../src/report/text.js';
import { baseUrl, Egress, EgressError, endpointVariable } from '../src/resolve/egress.js';
import type { ScanReport, Scope } from '../src/types.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK, scan, scanDefaults, workspace } from './helpers.js';
import { LINE, scanner, line, secretOf, secretsOf, mine, rules, IDS_A, IDS_B, type IdA, type IdB, type Cred } from './saas-helpers.js';
import { recorded, type Standin } from './standins/index.js';
import { stripeWorld } from './standins/stripe.js';
import { slackWorld } from './standins/slack.js';
import { gitlabWorld } from './standins/gitlab.js';
import { vercelWorld } from './standins/vercel.js';
import { cloudflareWorld } from './standins/cloudflare.js';
import { supabaseWorld } from './standins/supabase.js';
import { openaiWorld } from './standins/openai.js';
import { anthropicWorld } from './standins/anthropic.js';
import { npmWorld } from './standins/npm.js';
import { digitaloceanWorld } from './standins/digitalocean.js';
import { herokuWorld } from './standins/heroku.js';
import { flyioWorld } from './standins/flyio.js';
import { netlifyWorld } from './standins/netlify.js';
import { neonWorld } from './standins/neon.js';
import { mongodbAtlasWorld } from './standins/mongodb-atlas.js';
import { twilioWorld } from './standins/twilio.js';
import { sendgridWorld } from './standins/sendgrid.js';
import { datadogWorld } from './standins/datadog.js';
import { huggingfaceWorld } from './standins/huggingface.js';
import { gcpWorld } from './standins/gcp.js';

/** The stand-in worlds shared with each provider's own suite. */
const W = {
  datadog: datadogWorld(),
  twilio: twilioWorld(),
  gcp: gcpWorld(),
  'mongodb-atlas': mongodbAtlasWorld(),
  flyio: flyioWorld(),
  cloudflare: cloudflareWorld(),
  npm: npmWorld(),
  sendgrid: sendgridWorld(),
  heroku: herokuWorld(),
  neon: neonWorld(),
  stripe: stripeWorld(),
  netlify: netlifyWorld(),
  supabase: supabaseWorld(),
  anthropic: anthropicWorld(),
  slack: slackWorld(),
  vercel: vercelWorld(),
  openai: openaiWorld(),
  digitalocean: digitaloceanWorld(),
  huggingface: huggingfaceWorld(),
  gitlab: gitlabWorld(),
};

const T = {
  stripe: W.stripe.T,
  slack: W.slack.T,
  gitlab: W.gitlab.T,
  vercel: W.vercel.T,
  cloudflare: W.cloudflare.T,
  supabase: W.supabase.T,
  openai: W.openai.T,
  anthropic: W.anthropic.T,
  npm: W.npm.T,
  digitalocean: W.digitalocean.T,
  heroku: W.heroku.T,
  flyio: W.flyio.T,
  netlify: W.netlify.T,
  neon: W.neon.T,
  'mongodb-atlas': W['mongodb-atlas'].T,
  twilio: W.twilio.T,
  sendgrid: W.sendgrid.T,
  datadog: W.datadog.T,
  huggingface: W.huggingface.T,
  gcp: W.gcp.T,
};

const standins = {} as Record<IdA | IdB, Standin>;
const odd = {} as Record<IdB, Set<string>>;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  for (const id of IDS_B) odd[id] = new Set();
  standins.stripe = await W.stripe.start();
  standins.slack = await W.slack.start();
  standins.gitlab = await W.gitlab.start();
  standins.vercel = await W.vercel.start();
  standins.cloudflare = await W.cloudflare.start();
  standins.supabase = await W.supabase.start();
  standins.openai = await W.openai.start();
  standins.anthropic = await W.anthropic.start();
  standins.npm = await W.npm.start();
  standins.digitalocean = await W.digitalocean.start();
  standins.heroku = await W.heroku.start(odd.heroku);
  standins.flyio = await W.flyio.start(odd.flyio);
  standins.netlify = await W.netlify.start(odd.netlify);
  standins.neon = await W.neon.start(odd.neon);
  standins['mongodb-atlas'] = await W['mongodb-atlas'].start(odd['mongodb-atlas']);
  standins.twilio = await W.twilio.start(odd.twilio);
  standins.sendgrid = await W.sendgrid.start(odd.sendgrid);
  standins.datadog = await W.datadog.start(odd.datadog);
  standins.huggingface = await W.huggingface.start(odd.huggingface);
  standins.gcp = await W.gcp.start(odd.gcp);
  env = { ...NO_NETWORK, ...Object.fromEntries([...IDS_A, ...IDS_B].map((id) => [endpointVariable(id), standins[id].url])) };
});

afterAll(async () => {
  // No credential reached another provider's host, across all twenty; only reads left.
  assertEgressClean({
    ...Object.fromEntries(IDS_A.map((id) => [id, Object.values(T[id])])),
    ...Object.fromEntries(IDS_B.map((id) => [id, secretsOf(Object.values(T[id]))])),
  });
  assertEgressClean(Object.fromEntries(IDS_A.map((id) => [id, Object.values(T[id])])));
  // Calls that answer downstream secrets are never made: DigitalOcean's cluster list (connection credentials),
  // GitLab's full project answers (runners_token), Vercel's env values, Supabase's project API keys.
  const ours = recorded.filter((r) => (IDS_A as readonly string[]).includes(r.provider));
  expect(ours.filter((r) => r.provider === 'digitalocean' && r.path.startsWith('/v2/databases'))).toEqual([]);
  expect(ours.filter((r) => r.provider === 'gitlab' && r.path.startsWith('/api/v4/projects') && !/[?&]simple=true\b/.test(r.path))).toEqual([]);
  expect(ours.filter((r) => r.provider === 'vercel' && /\/env\b/.test(r.path))).toEqual([]);
  expect(ours.filter((r) => r.provider === 'supabase' && /api-keys/.test(r.path))).toEqual([]);
  await Promise.all([...IDS_A, ...IDS_B].map((id) => standins[id]?.close()));
});

const { scanFiles } = scanner(() => env);

// ---------------------------------------------------------------------------------------- end to end

describe('one workspace holding one credential of each provider, scanned against the stand-ins', () => {
  interface Expect {
    token: string;
    detectorKind: string;
    kind: string;
    root: boolean;
    environments: string[];
    rules: Record<string, 'confirmed' | 'inferred'>;
    destroy: Array<[string, boolean]>;
    fix: RegExp;
  }
  const E: Record<IdA, Expect> = {
    stripe: {
      token: T.stripe.root,
      detectorKind: 'secret-key',
      kind: 'secret-key',
      root: true,
      environments: ['production'],
      rules: { ABR001: 'confirmed', ABR002: 'confirmed', ABR003: 'inferred', ABR004: 'inferred' },
      destroy: [
        ['DELETE /v1/customers/{id}', true],
        ['refunds, payouts and transfers', false],
      ],
      fix: /Replace it with a restricted key \(rk_live_\)/,
    },
    slack: { token: T.slack.scoped, detectorKind: 'bot-token', kind: 'bot-token', root: false, environments: [], rules: { ABR006: 'confirmed' }, destroy: [], fix: /turn on token rotation/ },
    gitlab: {
      token: T.gitlab.root,
      detectorKind: 'access-token',
      kind: 'personal-access-token',
      root: true,
      environments: ['*', 'production', 'staging'],
      rules: { ABR001: 'confirmed', ABR002: 'confirmed', ABR003: 'confirmed', ABR004: 'confirmed' },
      destroy: [['DELETE /api/v4/projects/:id (permanently_remove=true)', true]],
      fix: /use a project access token for the one project/,
    },
    vercel: {
      token: T.vercel.root,
      detectorKind: 'personal-access-token',
      kind: 'full-account-token',
      root: true,
      environments: ['*', 'production'],
      rules: { ABR001: 'confirmed', ABR002: 'confirmed', ABR003: 'confirmed', ABR004: 'confirmed' },
      destroy: [
        ['DELETE /v9/projects/{idOrName}', true],
        ['DELETE /v9/projects/{idOrName}', true],
        ['DELETE /v9/projects/{idOrName} (as MEMBER)', true],
      ],
      fix: /project-scoped token for the one project/,
    },
    cloudflare: {
      token: T.cloudflare.scoped,
      detectorKind: 'user-api-token',
      kind: 'user-api-token',
      root: false,
      environments: ['staging'],
      rules: { ABR003: 'inferred' },
      destroy: [['DNS record edit and delete', false]],
      fix: /Create a new token with only the permission groups/,
    },
    supabase: {
      token: T.supabase.root,
      detectorKind: 'pat',
      kind: 'classic-pat',
      root: true,
      environments: ['*', 'production', 'staging'],
      rules: { ABR001: 'inferred', ABR002: 'inferred', ABR003: 'inferred', ABR004: 'inferred' },
      destroy: [['project delete (Management API)', true]],
      fix: /scoped personal access token limited to the one project/,
    },
    openai: {
      token: T.openai.scoped,
      detectorKind: 'project-key',
      kind: 'project-key',
      root: false,
      environments: [],
      rules: { ABR003: 'inferred' },
      destroy: [['DELETE /v1/files/{file_id}', false]],
      fix: /service-account key in a dedicated project, set to Restricted/,
    },
    anthropic: {
      token: T.anthropic.root,
      detectorKind: 'admin-key',
      kind: 'admin-key',
      root: true,
      environments: ['*', 'production'],
      rules: { ABR001: 'confirmed', ABR002: 'confirmed', ABR003: 'confirmed' },
      destroy: [
        ['DELETE /v1/organizations/users/{user_id}', false],
        ['POST /v1/organizations/workspaces/{workspace_id}/archive', false],
        ['API key status update (disable)', false],
      ],
      fix: /Keep Admin keys out of runtime/,
    },
    npm: {
      token: T.npm.root,
      detectorKind: 'granular-access-token',
      kind: 'read-write-token',
      root: true,
      environments: ['*'],
      rules: { ABR001: 'inferred', ABR002: 'inferred', ABR003: 'inferred' },
      destroy: [['npm unpublish / deprecate / dist-tag', false]],
      fix: /trusted publishing \(OIDC\)/,
    },
    digitalocean: {
      token: T.digitalocean.root,
      detectorKind: 'personal-access-token',
      kind: 'personal-access-token',
      root: false,
      environments: ['production', 'staging'],
      rules: { ABR002: 'confirmed', ABR003: 'inferred', ABR004: 'inferred' },
      destroy: [
        ['DELETE /v2/droplets/{id}/destroy_with_associated_resources/dangerous', true],
        ['DELETE /v2/databases/{uuid}', true],
      ],
      fix: /custom-scoped token holding only the resource:action scopes/,
    },
  };
  const file = IDS_A.map((id) => LINE[id](E[id].token)).join('\n') + '\n';
  let report: ScanReport;
  let sarif: ReturnType<typeof toSarif>;
  let text: string;

  beforeAll(async () => {
    report = await scanFiles({ '.env.staging': file, 'README.md': '# shop\n' });
    sarif = toSarif(report);
    text = toText(report);
  });

  it('resolves every credential online, once', () => {
    expect(report.summary.resolution).toBe('online');
    expect(report.summary.secrets).toBe(IDS_A.length);
    expect(report.summary.revoked).toBe(0);
    expect(new Set(report.results.map((r) => r.finding.provider))).toEqual(new Set(IDS_A));
    for (const r of report.results) expect(r.scope, r.finding.provider).toMatchObject({ status: 'live', resolution: 'online' });
  });

  it.each(IDS_A.map((id) => [id] as const))('%s in SARIF: token kind, reach, root/destroy/backup verdicts and remediation', (id) => {
    const e = E[id];
    const results = sarif.runs[0].results!.filter((r) => r.properties!.provider === id);
    expect(Object.fromEntries(results.map((r) => [r.ruleId, r.properties!.certainty]))).toEqual(e.rules);
    const scope = results[0].properties!.scope as Scope;
    // One token kind per result: the provider's word once it answered, in SARIF as in the message.
    expect(results[0].properties!.tokenKind).toBe(e.kind);
    expect(scope.tokenKind).toBe(e.kind);
    expect(scope.root).toBe(e.root);
    expect([...scope.reach.environments].sort()).toEqual(e.environments);
    expect(scope.destroy.map((d) => [d.action, d.destroysBackups])).toEqual(e.destroy);
    for (const r of results) {
      expect(r.properties!.remediation).toMatch(e.fix);
      expect(r.message.text).toContain(`Fix: ${r.properties!.remediation as string}`);
      expect(r.locations![0].physicalLocation!.artifactLocation!.uri).toBe('.env.staging');
    }
    if (e.rules.ABR004) expect(results.find((r) => r.ruleId === 'ABR004')!.message.text).toMatch(/can destroy data and its backups/);
    if (e.rules.ABR001) expect(results.find((r) => r.ruleId === 'ABR001')!.message.text).toMatch(/^Root /);
  });

  it.each(IDS_A.map((id) => [id] as const))('%s in text: the same verdicts and the fix', (id) => {
    const e = E[id];
    const f = report.results.find((r) => r.finding.provider === id)!.finding;
    const lines = text.split('\n');
    const start = lines.findIndex((l) => l.startsWith(`  ${f.line}:${f.column}  `));
    const end = lines.findIndex((l, i) => i > start && /^ {2}\d+:\d+ {2}/.test(l));
    const block = lines.slice(start, end < 0 ? undefined : end).join('\n');
    const name = providers.find((p) => p.id === id)!.name;
    expect(f.tokenKind).toBe(e.detectorKind);
    expect(block).toContain(`${name} · ${e.kind} · ${f.redacted}`);
    for (const [rule, certainty] of Object.entries(e.rules))
      expect(block).toMatch(new RegExp(`${rule} (?:critical|high|medium|low) [a-z-]+${certainty === 'inferred' ? ' \\(inferred\\)' : '(?! \\(inferred\\))'}`));
    if (e.destroy.length) expect(block).toContain(`destroys: ${e.destroy[0][0]}`);
    expect(block).toMatch(new RegExp(`fix: .*${e.fix.source}`));
  });

  it('no secret in SARIF or text', () => {
    const out = JSON.stringify(sarif) + text;
    for (const id of IDS_A) expect(out.includes(E[id].token), id).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------- egress guard

describe('egress guard: only the documented reads leave', () => {
  const egress = new Egress({ env: {} });
  const p = (id: IdA) => providers.find((x) => x.id === id)!.egress!;

  it.each([
    ['stripe', 'POST', '/v1/customers', ''],
    ['stripe', 'GET', '/v1/customers/cus_1', undefined],
    ['slack', 'POST', '/api/auth.revoke', 'test=1'],
    ['slack', 'POST', '/api/auth.test', 'token=x'],
    ['slack', 'POST', '/api/chat.delete', ''],
    ['vercel', 'GET', '/v1/projects/prj_1/env/env_1', undefined],
    ['gitlab', 'GET', '/api/v4/projects/1/variables', undefined],
    ['cloudflare', 'GET', '/client/v4/user/tokens', undefined],
    ['cloudflare', 'GET', '/client/v4/zones/abc/dns_records/export', undefined],
    ['supabase', 'GET', '/v1/projects/abc/api-keys', undefined],
    ['openai', 'POST', '/v1/files', ''],
    ['anthropic', 'POST', '/v1/messages', '{}'],
    ['npm', 'GET', '/-/npm/v1/tokens/token/abc', undefined],
    ['digitalocean', 'GET', '/v1/oauth/token', undefined],
    ['digitalocean', 'GET', '/v2/databases', undefined],
    ['digitalocean', 'DELETE', '/v2/droplets/1/destroy_with_associated_resources/dangerous', undefined],
  ] as const)('%s refuses %s %s before sending', (id, method, path, body) => {
    expect(() => egress.admit(p(id), method, path, body)).toThrow(EgressError);
  });

  it('admits Slack auth.test without arguments, named as the read it is', () => {
    expect(egress.admit(p('slack'), 'POST', '/api/auth.test', '').evidence).toBe('POST /api/auth.test auth.test');
  });

  it.each(IDS_A.map((id) => [id] as const))('%s never leaves its official host unless ABR_ENDPOINT_* says so', (id) => {
    const e = p(id);
    expect(() => egress.admit({ ...e, base: 'https://evil.example' }, 'GET', '/x', undefined)).toThrow(EgressError);
    expect(new URL(e.base).protocol).toBe('https:');
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
  const EXPECT: Record<IdB, { kind: string; root: boolean; env: string[]; rules: string[]; fix: RegExp }> = {
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
  const FILE: Record<IdB, string> = {
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
    const root = workspace(Object.fromEntries(IDS_B.map((id) => [`services/${FILE[id]}`, line(id, T[id].root)])));
    report = await scan({ ...scanDefaults, offline: false, root, env, environment: 'staging' });
    sarif = toSarif(report);
    text = toText(report);
    if (process.env.ABR_PRINT) console.log(text);
  });

  it('every credential was resolved online, none revoked', () => {
    expect(report.summary.resolution).toBe('online');
    expect(report.revoked).toEqual([]);
    for (const id of IDS_B)
      expect(
        mine(report, T[id].root).every((r) => r.scope.status === 'live' && r.scope.resolution === 'online'),
        id,
      ).toBe(true);
  });

  it.each(IDS_B.map((id) => [id] as const))('%s: token kind, reach, root/destroy/backup verdicts and remediation — in the data, the SARIF and the text', (id) => {
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
    for (const id of IDS_B) for (const c of Object.values(T[id]) as Cred[]) expect(out.includes(secretOf(c)), id).toBe(false);
    expect(out.includes(T.gcp.root.pem.split('\n')[1])).toBe(false);
  });
});
