// Stripe, Slack, GitLab, Vercel, Cloudflare, Supabase, OpenAI, Anthropic, npm and DigitalOcean resolvers against
// stand-ins answering as each provider documents (sources named in test/standins/<provider>.ts): for each, a live
// root credential, a live scoped one, a revoked one, rate limits and an unexpected answer; then one workspace
// holding one credential of each, scanned end to end into SARIF and text. Every credential is built here by the seeded generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { providers } from '../scopes/index.js';
import * as fake from '../src/detect/fake.js';
import { toSarif } from '../src/report/sarif.js';
import { toText } from '../src/report/text.js';
import { Egress, EgressError, endpointVariable } from '../src/resolve/egress.js';
import { scan, type TestScan as ScanOptions } from './helpers.js';
import type { ScanReport, Scope } from '../src/types.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK, scanDefaults, workspace } from './helpers.js';
import { recorded, type Standin } from './standins/index.js';
import { startAnthropic, startCloudflare, startDigitalocean, startGitlab, startNpm, startOpenai, startSlack, startStripe, startSupabase, startVercel } from './standins/saas-a-all.js';

const IDS = ['stripe', 'slack', 'gitlab', 'vercel', 'cloudflare', 'supabase', 'openai', 'anthropic', 'npm', 'digitalocean'] as const;
type Id = (typeof IDS)[number];

// ---------------------------------------------------------------------------------------------- credentials

const stripe = (kind: 'sk' | 'rk', mode = 'live') => `${kind}_${mode}_${fake.alnum(24)}`;
const slackBot = () => `xoxb-${fake.digits(11)}-${fake.digits(13)}-${fake.alnum(24)}`;
const slackUser = () => `xoxp-${fake.digits(11)}-${fake.digits(11)}-${fake.digits(13)}-${fake.hex(32)}`;
const glpat = () => `glpat-${fake.alnum(20)}`;
const vercel = () => `vcp_${fake.alnum(56)}`;
const cfut = () => `cfut_${fake.alnum(40)}${fake.hex(8)}`;
const cfk = () => `cfk_${fake.alnum(40)}${fake.hex(8)}`;
/** A classic-looking PAT: never the reported scoped prefix sbp_fc. */
const sbp = (): string => {
  const t = `sbp_${fake.hex(40)}`;
  return t.startsWith('sbp_fc') ? sbp() : t;
};
const openaiProject = () => `sk-proj-${fake.base64url(74)}T3BlbkFJ${fake.base64url(74)}`;
const openaiAdmin = () => `sk-admin-${fake.base64url(58)}T3BlbkFJ${fake.base64url(58)}`;
const anthropicKey = () => `${['sk-ant-', 'api03-'].join('')}${fake.base64url(93)}AA`;
const anthropicAdmin = () => `sk-ant-admin01-${fake.base64url(93)}AA`;
const doToken = () => `dop_v1_${fake.hex(64)}`;

const T = {
  stripe: { root: stripe('sk'), scoped: stripe('rk'), blind: stripe('rk'), test: stripe('sk', 'test'), revoked: stripe('sk'), odd: stripe('sk') },
  slack: { root: slackUser(), scoped: slackBot(), revoked: slackBot(), odd: slackBot() },
  gitlab: { root: glpat(), scoped: glpat(), admin: glpat(), revoked: glpat(), odd: glpat() },
  vercel: { root: vercel(), scoped: vercel(), project: vercel(), revoked: vercel(), odd: vercel() },
  cloudflare: { root: cfk(), scoped: cfut(), blind: cfut(), revoked: cfut(), odd: cfut(), disabled: cfut(), legacyAccount: fake.base64url(40), legacyAlone: fake.base64url(40) },
  supabase: { root: sbp(), scoped: sbp(), revoked: sbp(), odd: sbp() },
  openai: { root: openaiAdmin(), scoped: openaiProject(), restricted: openaiProject(), revoked: openaiProject(), odd: openaiProject() },
  anthropic: { root: anthropicAdmin(), scoped: anthropicKey(), revoked: anthropicKey(), odd: anthropicKey() },
  npm: { root: fake.npm(), scoped: fake.npm(), revoked: fake.npm(), odd: fake.npm(), decoy: fake.npm() },
  digitalocean: { root: doToken(), scoped: doToken(), revoked: doToken(), odd: doToken() },
};

const CF_EMAIL = 'ops@example.org';
const ZONE_STAGING = fake.hex(32);
const ZONE_PROD = fake.hex(32);
const CF_ACCOUNT = fake.hex(32);

/** The line a credential sits on in a file, as an agent would find it. */
const LINE: Record<Id, (t: string) => string> = {
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

// ---------------------------------------------------------------------------------------------- stand-ins

const standins = {} as Record<Id, Standin>;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standins.stripe = await startStripe({
    keys: {
      [T.stripe.root]: { account: { id: 'acct_1Live', name: 'Acme Payments' }, livemode: true },
      [T.stripe.test]: { account: { id: 'acct_1Live', name: 'Acme Payments' }, livemode: false },
      [T.stripe.scoped]: { account: { id: 'acct_1Live' }, livemode: true, grants: { balance: true, customers: true } },
      [T.stripe.blind]: { account: { id: 'acct_1Live' }, livemode: true, grants: {} },
    },
    canned: { [T.stripe.odd]: { status: 418, body: { error: { message: 'teapot', type: 'api_error' } } } },
  });
  standins.slack = await startSlack({
    tokens: {
      [T.slack.root]: {
        team: 'Acme',
        team_id: 'T0ACME',
        user: 'it-admin',
        user_id: 'U0ADMIN',
        enterprise_id: 'E0ACME',
        is_enterprise_install: true,
        scopes: 'admin.conversations:write,admin.conversations:read,chat:write,channels:history',
      },
      [T.slack.scoped]: { team: 'Acme', team_id: 'T0ACME', user: 'deploybot', user_id: 'U0BOT', bot_id: 'B0BOT', scopes: 'chat:write,channels:read' },
    },
    dead: { [T.slack.revoked]: 'token_revoked' },
    canned: { [T.slack.odd]: { status: 200, body: { ok: false, error: 'ekm_access_denied' } } },
  });
  standins.gitlab = await startGitlab({
    tokens: {
      [T.gitlab.root]: {
        name: 'laptop',
        scopes: ['api'],
        user: { id: 7, username: 'lead' },
        projects: [
          { id: 1, path_with_namespace: 'acme/api-prod', level: 50, via: 'group' },
          { id: 2, path_with_namespace: 'acme/web-staging', level: 50, via: 'group' },
          { id: 3, path_with_namespace: 'friends/blog', level: 30 },
        ],
        groups: [{ id: 10, full_path: 'acme', parent_id: null, level: 50 }],
      },
      [T.gitlab.scoped]: {
        name: 'ci-read',
        scopes: ['read_api', 'read_repository'],
        user: { id: 99, username: 'project_2_bot_5e1f', bot: true },
        expires_at: '2026-12-31',
        projects: [{ id: 2, path_with_namespace: 'acme/web-staging', level: 30 }],
      },
      [T.gitlab.admin]: { name: 'admin', scopes: ['api', 'sudo', 'admin_mode'], user: { id: 1, username: 'root', is_admin: true }, projects: [], groups: [] },
    },
    canned: { [T.gitlab.odd]: { status: 403, body: { message: '403 Forbidden - Your account has been blocked.' } } },
  });
  standins.vercel = await startVercel({
    tokens: {
      [T.vercel.root]: {
        token: { id: 'tok_full', name: 'laptop', type: 'oauth2-token', scopes: [{ type: 'user', origin: 'manual', createdAt: 1767225600000 }] },
        user: { id: 'u_1', username: 'jane', email: 'jane@acme.example' },
        teams: [
          { id: 'team_prod', slug: 'acme-prod', name: 'Acme Production', membership: { role: 'OWNER' } },
          { id: 'team_side', slug: 'side-project', name: 'Side', membership: { role: 'MEMBER' } },
        ],
      },
      [T.vercel.scoped]: {
        token: { id: 'tok_team', name: 'ci', type: 'oauth2-token', expiresAt: 1798761600000, scopes: [{ type: 'team', teamId: 'team_stg', origin: 'manual', createdAt: 1767225600000 }] },
        teams: [{ id: 'team_stg', slug: 'acme-staging', name: 'Acme Staging', membership: { role: 'DEVELOPER' } }],
      },
      [T.vercel.project]: {
        token: { id: 'tok_proj', name: 'deploy', type: 'oauth2-token', scopes: [{ type: 'project', projectId: 'prj_web_preview', teamId: 'team_stg', origin: 'manual', createdAt: 1767225600000 }] },
      },
    },
    canned: { [T.vercel.odd]: { status: 403, body: { error: { code: 'forbidden', message: "You don't have permission to access this resource." } } } },
  });
  standins.cloudflare = await startCloudflare({
    globalKeys: {
      [T.cloudflare.root]: {
        email: CF_EMAIL,
        accounts: [{ id: CF_ACCOUNT, name: 'Acme' }],
        zones: [
          { id: ZONE_PROD, name: 'acme.example' },
          { id: ZONE_STAGING, name: 'staging.acme.example' },
        ],
      },
    },
    tokens: {
      [T.cloudflare.scoped]: {
        id: fake.hex(32),
        name: 'dns-staging',
        status: 'active',
        policies: [
          {
            effect: 'allow',
            permission_groups: [
              { id: fake.hex(32), name: 'DNS Write' },
              { id: fake.hex(32), name: 'Zone Read' },
            ],
            resources: { [`com.cloudflare.api.account.zone.${ZONE_STAGING}`]: '*' },
          },
        ],
        ipIn: ['198.51.100.0/24'],
        accounts: [{ id: CF_ACCOUNT, name: 'Acme' }],
        zones: [{ id: ZONE_STAGING, name: 'staging.acme.example' }],
      },
      [T.cloudflare.blind]: { id: fake.hex(32), name: 'workers', status: 'active', accounts: [{ id: CF_ACCOUNT, name: 'Acme' }], zones: [] },
      [T.cloudflare.disabled]: { id: fake.hex(32), name: 'old', status: 'disabled', accounts: [], zones: [] },
      [T.cloudflare.legacyAccount]: {
        id: fake.hex(32),
        name: 'workers-deploy',
        status: 'active',
        account: CF_ACCOUNT,
        policies: [{ effect: 'allow', permission_groups: [{ id: fake.hex(32), name: 'Workers Scripts Write' }], resources: { [`com.cloudflare.api.account.${CF_ACCOUNT}`]: '*' } }],
        accounts: [{ id: CF_ACCOUNT, name: 'Acme' }],
        zones: [],
      },
      [T.cloudflare.legacyAlone]: { id: fake.hex(32), name: 'hidden', status: 'active', account: CF_ACCOUNT, accounts: [], zones: [] },
    },
    canned: { [T.cloudflare.odd]: { status: 200, body: { success: true, errors: [], messages: [], result: { id: 'not-a-token-id', status: 'active' } } } },
  });
  standins.supabase = await startSupabase({
    pats: {
      [T.supabase.root]: {
        projects: [
          { id: fake.lowerAlnum(20), name: 'shop-production', organization_id: 'org1' },
          { id: fake.lowerAlnum(20), name: 'shop-staging', organization_id: 'org1' },
        ],
        organizations: [{ id: 'org1', name: 'Acme' }],
      },
      [T.supabase.scoped]: { missing: ['projects_read'] },
    },
    canned: { [T.supabase.odd]: { status: 200, body: { projects: [] } } },
  });
  standins.openai = await startOpenai({
    keys: {
      [T.openai.root]: {
        admin: true,
        org: 'org-acme',
        projects: [
          { id: 'proj_prod', name: 'checkout-production' },
          { id: 'proj_dev', name: 'sandbox' },
        ],
      },
      [T.openai.scoped]: { org: 'org-acme', project: 'proj_support' },
      [T.openai.restricted]: { org: 'org-acme', project: 'proj_support', lacks: ['files'] },
    },
    canned: {
      [T.openai.odd]: {
        status: 403,
        body: { error: { message: 'Country, region, or territory not supported', type: 'request_forbidden', param: null, code: 'unsupported_country_region_territory' } },
      },
    },
  });
  standins.anthropic = await startAnthropic({
    keys: {
      [T.anthropic.root]: {
        admin: true,
        org: { id: 'org_01', name: 'Acme' },
        workspaces: [
          { id: 'wrkspc_01', name: 'production' },
          { id: 'wrkspc_02', name: 'research' },
        ],
      },
      [T.anthropic.scoped]: { org: { id: 'org_01', name: 'Acme' } },
    },
    canned: { [T.anthropic.odd]: { status: 404, body: { type: 'error', error: { type: 'not_found_error', message: 'Not found' } } } },
  });
  standins.npm = await startNpm({
    tokens: {
      [T.npm.root]: { username: 'acme-release', entry: { readonly: false, bypass_2fa: true, cidr_whitelist: null }, others: [{ token: T.npm.decoy, readonly: true }] },
      [T.npm.scoped]: { username: 'acme-ci', entry: { readonly: true, cidr_whitelist: ['203.0.113.0/24'] } },
    },
    canned: { [T.npm.odd]: { status: 418, body: {} } },
  });
  standins.digitalocean = await startDigitalocean({
    tokens: {
      [T.digitalocean.root]: {
        account: { email: 'ops@acme.example', uuid: fake.uuid(), status: 'active', team: { uuid: fake.uuid(), name: 'Acme' } },
        projects: [
          { id: fake.uuid(), name: 'shop', environment: 'Production', resources: ['do:droplet:101', `do:dbaas:${fake.uuid()}`, `do:volume:${fake.uuid()}`] },
          { id: fake.uuid(), name: 'shop-next', environment: 'Staging', resources: ['do:droplet:102'] },
        ],
        droplets: [
          { id: 101, name: 'web-1' },
          { id: 102, name: 'web-next' },
        ],
      },
      [T.digitalocean.scoped]: {
        account: { email: 'ci@acme.example', uuid: fake.uuid(), status: 'active' },
        projects: [{ id: fake.uuid(), name: 'shop-next', environment: 'Staging', resources: ['do:droplet:102'] }],
      },
    },
    canned: { [T.digitalocean.odd]: { status: 200, body: { account: null } } },
  });
  env = { ...NO_NETWORK, ...Object.fromEntries(IDS.map((id) => [endpointVariable(id), standins[id].url])) };
});

afterAll(async () => {
  assertEgressClean(Object.fromEntries(IDS.map((id) => [id, Object.values(T[id])])));
  // Calls that answer downstream secrets are never made: DigitalOcean's cluster list (connection credentials),
  // GitLab's full project answers (runners_token), Vercel's env values, Supabase's project API keys.
  const mine = recorded.filter((r) => (IDS as readonly string[]).includes(r.provider));
  expect(mine.filter((r) => r.provider === 'digitalocean' && r.path.startsWith('/v2/databases'))).toEqual([]);
  expect(mine.filter((r) => r.provider === 'gitlab' && r.path.startsWith('/api/v4/projects') && !/[?&]simple=true\b/.test(r.path))).toEqual([]);
  expect(mine.filter((r) => r.provider === 'vercel' && /\/env\b/.test(r.path))).toEqual([]);
  expect(mine.filter((r) => r.provider === 'supabase' && /api-keys/.test(r.path))).toEqual([]);
  await Promise.all(IDS.map((id) => standins[id].close()));
});

const scanFiles = (files: Record<string, string>, extra: Partial<ScanOptions> = {}): Promise<ScanReport> =>
  scan({ ...scanDefaults, offline: false, root: workspace(files), env, timeoutMs: 2000, ...extra });

/** One credential of `id` in a staging file, scanned against the stand-ins. */
async function one(id: Id, token: string, extra: Partial<ScanOptions> = {}) {
  const report = await scanFiles({ '.env.staging': `${LINE[id](token)}\n` }, extra);
  const results = report.results.filter((r) => r.finding.provider === id);
  const scope: Scope | undefined = results[0]?.scope;
  return { report, results, scope, rules: results.map((r) => r.ruleId), certainty: Object.fromEntries(results.map((r) => [r.ruleId, r.certainty])) };
}

// ---------------------------------------------------------------------------------------------- per provider

describe('Stripe', () => {
  it('a live secret key is root over the live account: production, customers deletable with no restore (inferred)', async () => {
    const { scope, rules, certainty } = await one('stripe', T.stripe.root);
    expect(scope).toMatchObject({
      status: 'live',
      resolution: 'online',
      tokenKind: 'secret-key',
      root: true,
      identity: 'acct_1Live (Acme Payments) · live mode',
      reach: { environments: ['production'] },
    });
    expect(scope!.evidence).toEqual(['GET /v1/account', 'GET /v1/balance']);
    expect(scope!.destroy.map((d) => [d.action, d.destroysBackups, d.certainty])).toEqual([
      ['DELETE /v1/customers/{id}', true, 'inferred'],
      ['refunds, payouts and transfers', false, 'inferred'],
    ]);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    expect(certainty).toMatchObject({ ABR001: 'confirmed', ABR002: 'confirmed', ABR003: 'inferred', ABR004: 'inferred' });
  });

  it('a live restricted key: production reach, reads inferred from GETs, the 403 naming the account and permission', async () => {
    const { scope, rules, results } = await one('stripe', T.stripe.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'restricted-key', root: false, destroy: [], reach: { environments: ['production'] } });
    expect(scope!.identity).toBe('acct_1Live · live mode · restricted key');
    expect(rendered(scope!).reach.resources[0]).toMatch(/Balance: Read; Customers: Read or Write; lacks rak_accounts_kyc_id_numbers_read/);
    expect(scope!.evidence).toEqual(['GET /v1/account', 'GET /v1/balance', 'GET /v1/customers']);
    expect(rules).toEqual(['ABR002']);
    expect(results[0].remediation).toMatch(/Keep the restricted key to the resources/);
  });

  it('a restricted key without customer reads cannot delete customers (Write implies Read)', async () => {
    const { scope } = await one('stripe', T.stripe.blind);
    expect(rendered(scope!).reach.resources[0]).toMatch(/Customers: None \(so no customer deletion/);
    expect(rendered(scope!).reach.resources[0]).toMatch(/lacks rak_accounts_kyc_id_numbers_read, rak_balance_read, rak_customer_read/);
  });

  it('a test-mode secret key reaches test data only', async () => {
    const { scope, rules } = await one('stripe', T.stripe.test);
    expect(scope).toMatchObject({ tokenKind: 'secret-key', root: false, destroy: [], reach: { environments: ['test'] } });
    expect(rules).toEqual(['ABR006', 'ABR008']);
  });
});

describe('Slack', () => {
  it('an Enterprise org admin user token is root: channels deletable org-wide, no restore (inferred)', async () => {
    const { scope, rules, certainty, results } = await one('slack', T.slack.root);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'user-token', root: true, reach: { environments: ['*'] } });
    expect(scope!.identity).toMatch(/^it-admin in Acme \(T0ACME\), Enterprise org E0ACME \(org-wide install\) · scopes: admin\.conversations:write/);
    expect(scope!.evidence).toEqual(['POST /api/auth.test auth.test']);
    expect(scope!.destroy.map((d) => [d.action, d.destroysBackups, d.certainty])).toEqual([
      ['admin.conversations.delete / admin.conversations.bulkDelete', true, 'inferred'],
      ['admin.conversations.removeCustomRetention', false, 'confirmed'],
      ['chat.delete', false, 'confirmed'],
    ]);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    expect(certainty).toMatchObject({ ABR003: 'confirmed', ABR004: 'inferred' });
    expect(results[0].remediation).toMatch(/bot token with only the granular scopes/);
  });

  it('a bot token: its scopes from x-oauth-scopes, no destroy primitive, live', async () => {
    const { scope, rules } = await one('slack', T.slack.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'bot-token', root: false, destroy: [] });
    expect(scope!.identity).toBe('deploybot (bot B0BOT) in Acme (T0ACME) · scopes: chat:write, channels:read');
    expect(rules).toEqual(['ABR006']);
  });

  it('the workspace maps through the config environments', async () => {
    const { scope } = await one('slack', T.slack.scoped, { environments: { T0ACME: 'production' } });
    expect(scope!.reach.environments).toEqual(['production']);
  });

  it('incoming webhooks are never posted to: not resolved, said so', async () => {
    const hook = `https://hooks.slack.com/services/T${fake.upperHex(10)}/B${fake.upperHex(10)}/${fake.alnum(24)}`;
    const report = await scanFiles({ 'ci.env': `SLACK_WEBHOOK_URL=${hook}\n` });
    expect(report.results[0].scope.reason).toMatch(/not resolved: an incoming webhook can only be tested by posting/);
  });
});

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

describe('Cloudflare', () => {
  it('a Global API Key with its email is root over every account and zone', async () => {
    const { scope, rules, certainty, results } = await one('cloudflare', T.cloudflare.root);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'global-api-key', root: true, identity: `${CF_EMAIL} · Global API Key` });
    expect(scope!.reach.environments.sort()).toEqual(['*', 'staging']);
    expect(rendered(scope!).reach.resources).toEqual([`every account and zone ${CF_EMAIL} can access`, 'account Acme', '2 zones: acme.example, staging.acme.example']);
    expect(scope!.destroy.every((d) => d.certainty === 'inferred')).toBe(true);
    expect(scope!.destroy.find((d) => d.destroysBackups)!.action).toBe('D1 database delete');
    expect(scope!.evidence).toEqual(['GET /client/v4/user', 'GET /client/v4/accounts', 'GET /client/v4/zones']);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    expect(certainty).toMatchObject({ ABR001: 'confirmed', ABR003: 'inferred' });
    expect(results[0].remediation).toMatch(/Replace the Global API Key with a scoped API token/);
  });

  it('a scoped user token reads its own policy: DNS Write on the staging zone (destroy inferred)', async () => {
    const { scope, rules } = await one('cloudflare', T.cloudflare.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'user-api-token', root: false, reach: { environments: ['staging'] } });
    expect(scope!.identity).toMatch(/^token dns-staging · no expiry · IP filter 198\.51\.100\.0\/24$/);
    expect(rendered(scope!).reach.resources).toEqual(['zone staging.acme.example: DNS Write, Zone Read']);
    expect(rendered(scope!).destroy).toEqual([
      { action: 'DNS record edit and delete', resource: 'every DNS record of zone staging.acme.example (traffic hijack)', destroysBackups: false, certainty: 'inferred' },
    ]);
    expect(scope!.evidence.map((e) => e.replace(/[a-f0-9]{32}/, '{id}'))).toEqual(['GET /client/v4/user/tokens/verify', 'GET /client/v4/zones', 'GET /client/v4/user/tokens/{id}']);
    expect(rules).toEqual(['ABR003']);
  });

  it('a token that cannot read its own policy: reach from its lists, inferred, writes not determinable', async () => {
    const { scope } = await one('cloudflare', T.cloudflare.blind);
    expect(scope).toMatchObject({ status: 'live', certainty: 'inferred', destroy: [] });
    expect(scope!.inferred[0]).toMatch(/cannot read its own policies/);
  });

  it('a disabled token is revoked; a Global API Key without an email is not sent', async () => {
    expect((await one('cloudflare', T.cloudflare.disabled)).report.summary.revoked).toBe(1);
    const report = await scanFiles({ '.env.staging': `CLOUDFLARE_API_KEY=${T.cloudflare.root}\n` });
    expect(report.results[0].scope.reason).toMatch(/not resolved: a Global API Key is sent with its user's email/);
  });

  it('a pre-2026 token refused as a user token is tried under the account id beside it: an account token', async () => {
    const report = await scanFiles({ '.env.staging': `CLOUDFLARE_ACCOUNT_ID=${CF_ACCOUNT}\nCLOUDFLARE_API_TOKEN=${T.cloudflare.legacyAccount}\n` });
    const scope = report.results[0].scope;
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'account-api-token', root: false });
    expect(rendered(scope).destroy).toMatchObject([{ action: 'Worker delete', resource: `every Worker of account ${CF_ACCOUNT}`, certainty: 'inferred' }]);
    expect(scope.evidence.map((e) => e.replace(/[a-f0-9]{32}/g, '{id}'))).toEqual([
      'GET /client/v4/user/tokens/verify',
      'GET /client/v4/accounts/{id}/tokens/verify',
      'GET /client/v4/zones',
      'GET /client/v4/accounts/{id}/tokens/{id}',
    ]);
  });

  it('a pre-2026 token refused as a user token, with no account id beside it, is unknown, never revoked', async () => {
    const report = await scanFiles({ '.env.staging': `CLOUDFLARE_API_TOKEN=${T.cloudflare.legacyAlone}\n` });
    expect(report.summary.revoked).toBe(0);
    expect(report.results[0].scope.reason).toMatch(/refused as a user token; an account-owned token is verified under its account id/);
  });

  it('a Global API Key refused with the email beside it is unknown (mispaired), never revoked', async () => {
    const report = await scanFiles({ '.env.staging': `CLOUDFLARE_EMAIL=someone@example.org\nCLOUDFLARE_API_KEY=${T.cloudflare.root}\n` });
    expect(report.summary.revoked).toBe(0);
    expect(report.results[0].scope.reason).toMatch(/mispaired/);
  });
});

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

describe('OpenAI', () => {
  it('an admin key is root over the organization', async () => {
    const { scope, rules } = await one('openai', T.openai.root);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'admin-key', root: true, identity: 'Admin API key of org-acme' });
    expect(scope!.reach.environments.sort()).toEqual(['*', 'production', 'sandbox']);
    expect(scope!.evidence).toEqual(['GET /v1/organization/admin_api_keys', 'GET /v1/organization/projects']);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR008']);
  });

  it('a project key that reads files: its project, file deletion inferred (All is the default mode)', async () => {
    const { scope, rules, certainty } = await one('openai', T.openai.scoped, { environments: { proj_support: 'production' } });
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'project-key', root: false, reach: { environments: ['production'] } });
    expect(scope!.identity).toBe('project-key of org-acme, proj_support · All or Restricted with reads on Models and Files');
    expect(scope!.destroy).toMatchObject([{ action: 'DELETE /v1/files/{file_id}', certainty: 'inferred', destroysBackups: false }]);
    expect(rules).toEqual(['ABR002', 'ABR003']);
    expect(certainty).toEqual({ ABR002: 'confirmed', ABR003: 'inferred' });
  });

  it('a Restricted key without files: missing_scope is live, not revoked', async () => {
    const { scope, rules } = await one('openai', T.openai.restricted);
    expect(scope).toMatchObject({ status: 'live', destroy: [] });
    expect(scope!.identity).toMatch(/Restricted \(lacks Files\)/);
    expect(rules).toEqual(['ABR006']);
  });
});

describe('Anthropic', () => {
  it('an admin key (x-api-key) is root over the organization and its workspaces', async () => {
    const { scope, rules, results } = await one('anthropic', T.anthropic.root);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'admin-key', root: true, identity: 'Admin API key of Acme' });
    expect(scope!.reach.environments.sort()).toEqual(['*', 'production']);
    expect(rendered(scope!).reach.resources).toEqual(['organization Acme, and its members, roles, invites and API keys', '2 workspaces: production, research']);
    expect(scope!.evidence).toEqual(['GET /v1/organizations/api_keys', 'GET /v1/organizations/me', 'GET /v1/organizations/workspaces']);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003']);
    expect(results[0].remediation).toMatch(/Keep Admin keys out of runtime/);
  });

  it('an API key: one workspace, file deletion inferred, the organization unnamed when /me refuses it', async () => {
    const { scope, rules } = await one('anthropic', T.anthropic.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'api-key', root: false });
    expect(scope!.destroy).toMatchObject([{ action: 'DELETE /v1/files/{file_id}', certainty: 'inferred' }]);
    expect(scope!.inferred.join(' ')).toMatch(/GET \/v1\/organizations\/me refused a regular key/);
    expect(rules).toEqual(['ABR003']);
  });
});

describe('npm', () => {
  it('a read-write token that bypasses 2FA is root (inferred: bypass_2fa is unconfirmed schema)', async () => {
    const { scope, rules } = await one('npm', T.npm.root);
    expect(scope).toMatchObject({
      status: 'live',
      tokenKind: 'read-write-token',
      root: true,
      certainty: 'inferred',
      identity: 'acme-release on registry.npmjs.org · read-write, bypasses 2FA · no CIDR limit',
    });
    expect(scope!.destroy).toMatchObject([{ action: 'npm unpublish / deprecate / dist-tag', certainty: 'inferred', destroysBackups: false }]);
    expect(scope!.evidence).toEqual(['GET /-/whoami', 'GET /-/npm/v1/tokens']);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003']);
  });

  it('a read-only token, matched in the token list by its visible prefix: nothing to delete', async () => {
    const { scope, rules, results } = await one('npm', T.npm.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'read-only-token', root: false, destroy: [], certainty: 'confirmed' });
    expect(scope!.identity).toBe('acme-ci on registry.npmjs.org · read-only · CIDR 203.0.113.0/24');
    expect(rules).toEqual(['ABR006']);
    expect(results[0].remediation).toMatch(/^Keep it read-only/);
  });

  it('a token for another registry never reaches npmjs.org', async () => {
    const report = await scanFiles({ '.npmrc': `//npm.example.com/:_authToken=${fake.alnum(40)}\n` });
    expect(report.results[0].scope.reason).toMatch(/not resolved: a credential for npm\.example\.com is only ever sent to npm\.example\.com/);
  });
});

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

// ---------------------------------------------------------------------------------------- every provider

describe.each(IDS.map((id) => [id] as const))('%s: revoked, rate-limited, unexpected', (id) => {
  it('the documented invalid-credential answer is revoked: no rule, counted', async () => {
    const { report } = await one(id, T[id].revoked);
    expect(report.results).toEqual([]);
    expect(report.summary.revoked).toBe(1);
  });

  it('429 with Retry-After, then success: live', async () => {
    standins[id].faults.push('429');
    const { scope } = await one(id, T[id].root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online' });
  });

  it('rate-limited on every attempt: unknown with the reason, the offline verdict kept', async () => {
    standins[id].faults.push(...(id === 'gitlab' || id === 'vercel' ? (['403-ratelimit', '403-ratelimit', '403-ratelimit'] as const) : (['429', '429', '429'] as const)));
    const { report, scope } = await one(id, T[id].root);
    standins[id].faults.length = 0;
    expect(report.summary.revoked).toBe(0);
    expect(scope).toMatchObject({ status: 'unknown', resolution: 'offline', certainty: 'inferred' });
    expect(scope!.reason).toMatch(/provider could not answer \(.*rate-limited \(HTTP (?:429|403)\)\)/);
  });

  it('an unexpected answer is unknown, never revoked', async () => {
    const { report, scope, rules } = await one(id, T[id].odd);
    expect(report.summary.revoked).toBe(0);
    expect(scope).toMatchObject({ status: 'unknown', resolution: 'offline' });
    expect(scope!.reason).toMatch(/^provider could not answer/);
    expect(rules.length).toBeGreaterThan(0);
  });
});

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
  const E: Record<Id, Expect> = {
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
  const file = IDS.map((id) => LINE[id](E[id].token)).join('\n') + '\n';
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
    expect(report.summary.secrets).toBe(IDS.length);
    expect(report.summary.revoked).toBe(0);
    expect(new Set(report.results.map((r) => r.finding.provider))).toEqual(new Set(IDS));
    for (const r of report.results) expect(r.scope, r.finding.provider).toMatchObject({ status: 'live', resolution: 'online' });
  });

  it.each(IDS.map((id) => [id] as const))('%s in SARIF: token kind, reach, root/destroy/backup verdicts and remediation', (id) => {
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

  it.each(IDS.map((id) => [id] as const))('%s in text: the same verdicts and the fix', (id) => {
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
    for (const id of IDS) expect(out.includes(E[id].token), id).toBe(false);
  });
});

// ---------------------------------------------------------------------------------------- egress guard

describe('egress guard: only the documented reads leave', () => {
  const egress = new Egress({ env: {} });
  const p = (id: Id) => providers.find((x) => x.id === id)!.egress!;

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

  it.each(IDS.map((id) => [id] as const))('%s never leaves its official host unless ABR_ENDPOINT_* says so', (id) => {
    const e = p(id);
    expect(() => egress.admit({ ...e, base: 'https://evil.example' }, 'GET', '/x', undefined)).toThrow(EgressError);
    expect(new URL(e.base).protocol).toBe('https:');
  });
});
