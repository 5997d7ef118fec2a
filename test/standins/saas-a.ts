// Stand-ins for Stripe, Slack, GitLab, Vercel, Cloudflare, Supabase, OpenAI, Anthropic, npm and DigitalOcean,
// answering the read calls their resolvers make with the responses ../shared/providers/saas.md documents (§3–§12):
// status codes, body shapes, the headers that carry scope (Slack x-oauth-scopes) or identity. Any other route or
// method is answered 404 and recorded, so assertEgressClean catches it. `canned` pins a token to one fixed answer
// on every route (unexpected statuses, bodies of the wrong shape).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { json, startStandin, type Standin } from './index.js';

export interface Canned {
  status: number;
  body: unknown;
  headers?: Record<string, string>;
}

type Route = (req: IncomingMessage, url: URL, token: string | undefined, res: ServerResponse) => void;

const bearer = (req: IncomingMessage) => /^Bearer (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1];

function serve(provider: string, tokenOf: (req: IncomingMessage) => string | undefined, canned: Record<string, Canned> | undefined, route: Route): Promise<Standin> {
  return startStandin(provider, (req, _body, res) => {
    const url = new URL(req.url ?? '/', 'http://standin');
    const token = tokenOf(req);
    const c = token ? canned?.[token] : undefined;
    if (c) return json(res, c.status, c.body, c.headers);
    route(req, url, token, res);
  });
}

// ---------------------------------------------------------------------------------------------- Stripe (§3)

export interface StripeKey {
  account: { id: string; name?: string; email?: string };
  livemode: boolean;
  /** Restricted keys: which reads were granted (a missing one answers 403 naming the rak_* permission). */
  grants?: { account?: boolean; balance?: boolean; customers?: boolean };
}

export function startStripe(world: { keys: Record<string, StripeKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  const PERMISSION: Record<string, string> = { '/v1/account': 'rak_accounts_kyc_id_numbers_read', '/v1/balance': 'rak_balance_read', '/v1/customers': 'rak_customer_read' };
  const GRANT: Record<string, 'account' | 'balance' | 'customers'> = { '/v1/account': 'account', '/v1/balance': 'balance', '/v1/customers': 'customers' };
  return serve('stripe', bearer, world.canned, (req, url, token, res) => {
    const k = token ? world.keys[token] : undefined;
    // "incorrect or outdated" key: 401 (stripe.com/docs/keys).
    if (!k) return json(res, 401, { error: { message: 'Invalid API Key provided: sk_live_********', type: 'invalid_request_error' } });
    if (req.method !== 'GET' || !PERMISSION[url.pathname]) return json(res, 404, { error: { message: `Unrecognized request URL (${req.method}: ${url.pathname}).`, type: 'invalid_request_error' } });
    if (k.grants && !k.grants[GRANT[url.pathname]]) {
      const prefix = token!.slice(0, 8);
      return json(res, 403, {
        error: {
          message: `The provided key '${prefix}***********' does not have the required permissions for this endpoint on account '${k.account.id}'. Having the '${PERMISSION[url.pathname]}' permission would allow this request to continue.`,
          type: 'invalid_request_error',
        },
      });
    }
    if (url.pathname === '/v1/account') return json(res, 200, { id: k.account.id, object: 'account', email: k.account.email ?? null, business_profile: { name: k.account.name ?? null }, settings: { dashboard: { display_name: k.account.name ?? null } } });
    if (url.pathname === '/v1/balance') return json(res, 200, { object: 'balance', available: [{ amount: 125000, currency: 'usd' }], pending: [], livemode: k.livemode });
    return json(res, 200, { object: 'list', data: [], has_more: false, url: '/v1/customers' });
  });
}

// ----------------------------------------------------------------------------------------------- Slack (§4)

export interface SlackToken {
  team: string;
  team_id: string;
  user: string;
  user_id: string;
  bot_id?: string;
  enterprise_id?: string;
  is_enterprise_install?: boolean;
  /** x-oauth-scopes, comma-separated; undefined sends no header. */
  scopes?: string;
}

export function startSlack(world: { tokens: Record<string, SlackToken>; dead?: Record<string, string>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('slack', bearer, world.canned, (req, url, token, res) => {
    // Slack answers 200 with ok:false for a bad token; only 429 and 200 are meaningful statuses.
    if (req.method !== 'POST' || url.pathname !== '/api/auth.test') return json(res, 404, { ok: false, error: 'unknown_method' });
    if (!token) return json(res, 200, { ok: false, error: 'not_authed' });
    if (world.dead?.[token]) return json(res, 200, { ok: false, error: world.dead[token] });
    const t = world.tokens[token];
    if (!t) return json(res, 200, { ok: false, error: 'invalid_auth' });
    const headers: Record<string, string> = { 'x-accepted-oauth-scopes': '' };
    if (t.scopes !== undefined) headers['x-oauth-scopes'] = t.scopes;
    json(res, 200, { ok: true, url: `https://${t.team.toLowerCase().replace(/\W+/g, '-')}.slack.com/`, team: t.team, user: t.user, team_id: t.team_id, user_id: t.user_id, ...(t.bot_id ? { bot_id: t.bot_id } : {}), ...(t.enterprise_id ? { enterprise_id: t.enterprise_id, is_enterprise_install: t.is_enterprise_install ?? false } : { is_enterprise_install: false }) }, headers);
  });
}

// ---------------------------------------------------------------------------------------------- GitLab (§5)

export interface GitlabToken {
  name: string;
  scopes: string[];
  user: { id: number; username: string; is_admin?: boolean; bot?: boolean };
  expires_at?: string;
  /** Projects it is a member of, with its access level (30 developer, 40 maintainer, 50 owner). */
  projects?: Array<{ id: number; path_with_namespace: string; level: number; via?: 'project' | 'group' }>;
  groups?: Array<{ id: number; full_path: string; parent_id: number | null; level: number }>;
}

export function startGitlab(world: { tokens: Record<string, GitlabToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  const tokenOf = (req: IncomingMessage) => (req.headers['private-token'] as string | undefined) ?? bearer(req);
  return serve('gitlab', tokenOf, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { message: '401 Unauthorized' });
    const has = (...s: string[]) => s.some((x) => t.scopes.includes(x));
    const insufficient = () => json(res, 403, { error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.', scope: 'api read_api' });
    if (req.method !== 'GET') return json(res, 404, { message: '404 Not Found' });
    const min = Number(url.searchParams.get('min_access_level') ?? 0);
    switch (url.pathname) {
      case '/api/v4/personal_access_tokens/self':
        return json(res, 200, { id: 4711, name: t.name, revoked: false, created_at: '2026-01-01T00:00:00.000Z', scopes: t.scopes, user_id: t.user.id, last_used_at: null, active: true, expires_at: t.expires_at ?? null });
      case '/api/v4/user':
        if (!has('api', 'read_api', 'read_user')) return insufficient();
        return json(res, 200, { id: t.user.id, username: t.user.username, name: t.user.username, state: 'active', bot: t.user.bot ?? false, ...(t.user.is_admin ? { is_admin: true } : {}) });
      case '/api/v4/projects':
        if (!has('api', 'read_api')) return insufficient();
        // simple=true: the minimal representation; the full one carries more (runners_token, for maintainers).
        return json(
          res,
          200,
          (t.projects ?? [])
            .filter((p) => p.level >= min)
            .map((p) =>
              url.searchParams.get('simple') === 'true'
                ? { id: p.id, name: p.path_with_namespace.split('/').pop(), path_with_namespace: p.path_with_namespace, web_url: `https://gitlab.example/${p.path_with_namespace}` }
                : { id: p.id, path_with_namespace: p.path_with_namespace, permissions: { project_access: p.via === 'group' ? null : { access_level: p.level }, group_access: p.via === 'group' ? { access_level: p.level } : null } },
            ),
        );
      case '/api/v4/groups':
        if (!has('api', 'read_api')) return insufficient();
        return json(res, 200, (t.groups ?? []).filter((g) => g.level >= min).map((g) => ({ id: g.id, full_path: g.full_path, parent_id: g.parent_id })));
      default:
        return json(res, 404, { message: '404 Not Found' });
    }
  });
}

// ---------------------------------------------------------------------------------------------- Vercel (§6)

export interface VercelToken {
  token: { id: string; name: string; type: string; expiresAt?: number; scopes: Array<{ type: string; teamId?: string; projectId?: string; origin: string; createdAt: number }> };
  user?: { id: string; username: string; email: string };
  teams?: Array<{ id: string; slug: string; name: string; membership: { role: string } }>;
}

export function startVercel(world: { tokens: Record<string, VercelToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('vercel', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    // An invalid, expired or revoked token (observed): 403 with invalidToken.
    if (!t) return json(res, 403, { error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } });
    if (req.method !== 'GET') return json(res, 404, { error: { code: 'not_found', message: 'The requested path was not found' } });
    const forbidden = () => json(res, 403, { error: { code: 'forbidden', message: 'You don\'t have permission to access this resource.' } });
    switch (url.pathname) {
      case '/v5/user/tokens/current':
        return json(res, 200, { token: { ...t.token, origin: 'manual', activeAt: 1767225600000, createdAt: 1767225600000 } });
      case '/v2/user':
        return t.user ? json(res, 200, { user: { ...t.user, defaultTeamId: t.teams?.[0]?.id ?? null } }) : forbidden();
      case '/v2/teams':
        return json(res, 200, { teams: t.teams ?? [], pagination: { count: (t.teams ?? []).length, next: null, prev: null } });
      default:
        return json(res, 404, { error: { code: 'not_found', message: 'The requested path was not found' } });
    }
  });
}

// ------------------------------------------------------------------------------------------ Cloudflare (§7)

export interface CloudflarePolicy {
  effect: 'allow' | 'deny';
  permission_groups: Array<{ id: string; name: string }>;
  resources: Record<string, unknown>;
}

export interface CloudflareToken {
  id: string;
  name: string;
  status: 'active' | 'disabled' | 'expired';
  /** Account-owned tokens: their account id. */
  account?: string;
  /** Undefined: the token lacks API Tokens Read and cannot read its own policies (403). */
  policies?: CloudflarePolicy[];
  ipIn?: string[];
  accounts: Array<{ id: string; name: string }>;
  zones: Array<{ id: string; name: string }>;
}

export interface CloudflareGlobalKey {
  email: string;
  accounts: Array<{ id: string; name: string }>;
  zones: Array<{ id: string; name: string }>;
}

export function startCloudflare(world: { tokens: Record<string, CloudflareToken>; globalKeys: Record<string, CloudflareGlobalKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  const tokenOf = (req: IncomingMessage) => bearer(req) ?? (req.headers['x-auth-key'] as string | undefined);
  const ok = (res: ServerResponse, result: unknown, info?: unknown) => json(res, 200, { success: true, errors: [], messages: [], result, ...(info ? { result_info: info } : {}) });
  const fail = (res: ServerResponse, status: number, code: number, message: string) => json(res, status, { success: false, errors: [{ code, message }], messages: [], result: null });
  return serve('cloudflare', tokenOf, world.canned, (req, url, _token, res) => {
    if (req.method !== 'GET') return fail(res, 405, 10000, 'Method not allowed');
    const p = url.pathname.replace(/^\/client\/v4/, '');
    const key = req.headers['x-auth-key'] as string | undefined;
    if (key) {
      const g = world.globalKeys[key];
      if (!g || g.email !== req.headers['x-auth-email']) return fail(res, 403, 9103, 'Unknown X-Auth-Key or X-Auth-Email');
      if (p === '/user') return ok(res, { id: 'b'.repeat(32), email: g.email, two_factor_authentication_enabled: true, organizations: [] });
      if (p === '/accounts') return ok(res, g.accounts, { page: 1, per_page: 50, count: g.accounts.length, total_count: g.accounts.length });
      if (p === '/zones') return ok(res, g.zones, { page: 1, per_page: 50, count: g.zones.length, total_count: g.zones.length });
      return fail(res, 404, 7003, 'No route for the URI');
    }
    const token = bearer(req);
    const t = token ? world.tokens[token] : undefined;
    const verify = /^\/user\/tokens\/verify$|^\/accounts\/([a-f0-9]{32})\/tokens\/verify$/.exec(p);
    if (verify) {
      const acct = verify[1];
      if (!t || (acct ? t.account !== acct : t.account !== undefined)) return fail(res, 401, 1000, 'Invalid API Token');
      return ok(res, { id: t.id, status: t.status, ...(t.status === 'expired' ? { expires_on: '2026-01-01T00:00:00Z' } : {}) });
    }
    if (!t) return fail(res, 401, 1000, 'Invalid API Token');
    const own = /^\/user\/tokens\/([a-f0-9]{32})$|^\/accounts\/[a-f0-9]{32}\/tokens\/([a-f0-9]{32})$/.exec(p);
    if (own) {
      if ((own[1] ?? own[2]) !== t.id) return fail(res, 404, 1003, 'Token not found');
      if (!t.policies) return fail(res, 403, 9109, 'Unauthorized to access requested resource');
      return ok(res, { id: t.id, name: t.name, status: t.status, issued_on: '2026-01-01T00:00:00Z', policies: t.policies.map((x, i) => ({ id: `p${i}`, ...x })), ...(t.ipIn ? { condition: { request_ip: { in: t.ipIn } } } : {}) });
    }
    if (p === '/accounts') return ok(res, t.accounts, { page: 1, per_page: 50, count: t.accounts.length, total_count: t.accounts.length });
    if (p === '/zones') return ok(res, t.zones, { page: 1, per_page: 50, count: t.zones.length, total_count: t.zones.length });
    return fail(res, 404, 7003, 'No route for the URI');
  });
}

// -------------------------------------------------------------------------------------------- Supabase (§8)

export interface SupabasePat {
  /** Undefined: a scoped PAT without project read (403 with missing_permissions). */
  projects?: Array<{ id: string; name: string; organization_id: string }>;
  missing?: string[];
  organizations?: Array<{ id: string; name: string }>;
}

export function startSupabase(world: { pats: Record<string, SupabasePat>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('supabase', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.pats[token] : undefined;
    if (!t) return json(res, 401, { message: 'Unauthorized' });
    if (req.method !== 'GET') return json(res, 404, { message: 'Not Found' });
    if (url.pathname === '/v1/projects') {
      if (!t.projects) return json(res, 403, { message: 'Your access token does not have the required permissions', missing_permissions: t.missing ?? ['projects_read'] });
      return json(res, 200, t.projects.map((p) => ({ ...p, region: 'eu-central-1', created_at: '2026-01-01T00:00:00Z', status: 'ACTIVE_HEALTHY' })));
    }
    if (url.pathname === '/v1/organizations') return json(res, 200, t.organizations ?? []);
    return json(res, 404, { message: 'Not Found' });
  });
}

// ---------------------------------------------------------------------------------------------- OpenAI (§9)

export interface OpenaiKey {
  admin?: boolean;
  org: string;
  project?: string;
  /** Scopes a Restricted key lacks: `models`, `files`. */
  lacks?: Array<'models' | 'files'>;
  projects?: Array<{ id: string; name: string }>;
}

export function startOpenai(world: { keys: Record<string, OpenaiKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('openai', bearer, world.canned, (req, url, token, res) => {
    const k = token ? world.keys[token] : undefined;
    if (!k) return json(res, 401, { error: { message: 'Incorrect API key provided: sk-****. You can find your API key at https://platform.openai.com/account/api-keys.', type: 'invalid_request_error', param: null, code: 'invalid_api_key' } });
    if (req.method !== 'GET') return json(res, 404, { error: { message: 'Invalid URL', type: 'invalid_request_error', param: null, code: null } });
    const headers: Record<string, string> = { 'openai-organization': k.org, ...(k.project ? { 'openai-project': k.project } : {}) };
    const missing = (scope: string) => json(res, 401, { error: { message: `You have insufficient permissions for this operation. Missing scopes: ${scope}.`, type: 'invalid_request_error', param: null, code: 'missing_scope' } }, headers);
    const adminOnly = url.pathname.startsWith('/v1/organization/');
    if (adminOnly !== !!k.admin) return json(res, 401, { error: { message: k.admin ? 'Admin API keys cannot be used for non-administration endpoints.' : 'Missing scopes: api.management.read.', type: 'invalid_request_error', param: null, code: k.admin ? null : 'missing_scope' } });
    switch (url.pathname) {
      case '/v1/models':
        return k.lacks?.includes('models') ? missing('model.read') : json(res, 200, { object: 'list', data: [{ id: 'gpt-5', object: 'model', created: 1767225600, owned_by: 'system' }] }, headers);
      case '/v1/files':
        return k.lacks?.includes('files') ? missing('api.files.read') : json(res, 200, { object: 'list', data: [], has_more: false }, headers);
      case '/v1/organization/admin_api_keys':
        return json(res, 200, { object: 'list', data: [{ object: 'organization.admin_api_key', id: 'key_abc', name: 'ops', redacted_value: 'sk-admin-…', created_at: 1767225600 }], has_more: false }, headers);
      case '/v1/organization/projects':
        return json(res, 200, { object: 'list', data: (k.projects ?? []).map((p) => ({ object: 'organization.project', ...p, status: 'active' })), has_more: false }, headers);
      default:
        return json(res, 404, { error: { message: 'Invalid URL', type: 'invalid_request_error', param: null, code: null } });
    }
  });
}

// ------------------------------------------------------------------------------------------- Anthropic (§10)

export interface AnthropicKey {
  admin?: boolean;
  org: { id: string; name: string };
  /** Whether GET /v1/organizations/me answers a regular key (UNCONFIRMED in the reference). */
  meAllowed?: boolean;
  workspaces?: Array<{ id: string; name: string }>;
}

export function startAnthropic(world: { keys: Record<string, AnthropicKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  const tokenOf = (req: IncomingMessage) => req.headers['x-api-key'] as string | undefined;
  const err = (res: ServerResponse, status: number, type: string, message: string) => json(res, status, { type: 'error', error: { type, message } });
  return serve('anthropic', tokenOf, world.canned, (req, url, token, res) => {
    if (!req.headers['anthropic-version']) return err(res, 400, 'invalid_request_error', 'anthropic-version: header is required');
    const k = token ? world.keys[token] : undefined;
    if (!k) return err(res, 401, 'authentication_error', 'invalid x-api-key');
    if (req.method !== 'GET') return err(res, 404, 'not_found_error', 'Not found');
    const admin = url.pathname.startsWith('/v1/organizations/');
    if (url.pathname === '/v1/organizations/me') {
      return k.admin || k.meAllowed ? json(res, 200, { id: k.org.id, name: k.org.name, type: 'organization' }) : err(res, 403, 'permission_error', 'This endpoint requires an Admin API key');
    }
    if (admin && !k.admin) return err(res, 403, 'permission_error', 'This endpoint requires an Admin API key');
    switch (url.pathname) {
      case '/v1/models':
        return json(res, 200, { data: [{ type: 'model', id: 'claude-sonnet-4-5', display_name: 'Claude Sonnet 4.5', created_at: '2025-09-29T00:00:00Z' }], has_more: false, first_id: 'claude-sonnet-4-5', last_id: 'claude-sonnet-4-5' });
      case '/v1/organizations/api_keys':
        return json(res, 200, { data: [{ id: 'apikey_01', type: 'api_key', name: 'ci', partial_key_hint: ['sk-ant-', 'api03-R2D...igAA'].join(''), status: 'active', workspace_id: k.workspaces?.[0]?.id ?? null, created_by: { id: 'user_01', type: 'user' }, created_at: '2026-01-01T00:00:00Z' }], has_more: false, first_id: 'apikey_01', last_id: 'apikey_01' });
      case '/v1/organizations/workspaces':
        return json(res, 200, { data: (k.workspaces ?? []).map((w) => ({ type: 'workspace', ...w, created_at: '2026-01-01T00:00:00Z', archived_at: null, display_color: '#6C5BB9' })), has_more: false, first_id: null, last_id: null });
      default:
        return err(res, 404, 'not_found_error', 'Not found');
    }
  });
}

// ------------------------------------------------------------------------------------------------- npm (§11)

export interface NpmToken {
  username: string;
  /** The token's own entry in GET /-/npm/v1/tokens; null: not listed. */
  entry?: { readonly: boolean; cidr_whitelist?: string[] | null; bypass_2fa?: boolean } | null;
  /** Other tokens of the same user, listed beside it. */
  others?: Array<{ token: string; readonly: boolean }>;
  /** Forces an answer to the list call (403: it may not list tokens). */
  listStatus?: number;
}

export function startNpm(world: { tokens: Record<string, NpmToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('npm', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { error: 'Unauthorized' });
    if (req.method !== 'GET') return json(res, 404, { error: 'Not found' });
    if (url.pathname === '/-/whoami') return json(res, 200, { username: t.username });
    if (url.pathname === '/-/npm/v1/tokens') {
      if (t.listStatus) return json(res, t.listStatus, { error: 'Forbidden' });
      // npm token list shows each token truncated to its first characters.
      const mine = t.entry ? [{ token: `${token!.slice(0, 6)}…`, key: 'k'.repeat(16), cidr_whitelist: t.entry.cidr_whitelist ?? null, readonly: t.entry.readonly, automation: false, created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z', ...(t.entry.bypass_2fa !== undefined ? { bypass_2fa: t.entry.bypass_2fa } : {}) }] : [];
      const others = (t.others ?? []).map((o, i) => ({ token: `${o.token.slice(0, 6)}…`, key: `o${i}`.repeat(8), cidr_whitelist: null, readonly: o.readonly, automation: false, created: '2026-01-01T00:00:00.000Z', updated: '2026-01-01T00:00:00.000Z' }));
      return json(res, 200, { objects: [...others, ...mine], total: others.length + mine.length, urls: {} });
    }
    return json(res, 404, { error: 'Not found' });
  });
}

// ---------------------------------------------------------------------------------------- DigitalOcean (§12)

export interface DigitaloceanToken {
  account: { email: string; uuid: string; status: string; team?: { uuid: string; name: string } };
  /** Undefined: the token's scopes refuse the list (403). `resources`: URNs (do:droplet:1, do:dbaas:<uuid>). */
  projects?: Array<{ id: string; name: string; environment?: string; resources?: string[] }>;
  droplets?: Array<{ id: number; name: string }>;
}

export function startDigitalocean(world: { tokens: Record<string, DigitaloceanToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('digitalocean', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { id: 'unauthorized', message: 'Unable to authenticate you' });
    if (req.method !== 'GET') return json(res, 404, { id: 'not_found', message: 'The resource you were accessing could not be found.' });
    const forbidden = () => json(res, 403, { id: 'forbidden', message: 'You are not authorized to perform this operation' });
    const listOf = (field: string, items: unknown[] | undefined) => (items ? json(res, 200, { [field]: items, links: {}, meta: { total: items.length } }) : forbidden());
    switch (url.pathname) {
      case '/v2/account':
        return json(res, 200, { account: { droplet_limit: 25, floating_ip_limit: 3, email_verified: true, ...t.account } });
      case '/v2/projects':
        return listOf('projects', t.projects?.map(({ resources: _r, ...p }) => ({ ...p, owner_uuid: t.account.uuid, purpose: 'Web Application', is_default: false })));
      case '/v2/droplets':
        return listOf('droplets', t.droplets);
      // GET /v2/databases is not served: it answers each cluster's connection credentials, which are never fetched.
      default: {
        const r = /^\/v2\/projects\/([0-9a-f-]{36})\/resources$/.exec(url.pathname);
        const p = r ? t.projects?.find((x) => x.id === r[1]) : undefined;
        if (r && t.projects && !p) return json(res, 404, { id: 'not_found', message: 'The resource you were accessing could not be found.' });
        if (p) return listOf('resources', (p.resources ?? []).map((urn) => ({ urn, assigned_at: '2026-01-01T00:00:00Z', status: 'ok', links: { self: `https://api.digitalocean.com/v2/${urn.split(':')[1]}s/${urn.split(':')[2]}` } })));
        if (r) return forbidden();
        return json(res, 404, { id: 'not_found', message: 'The resource you were accessing could not be found.' });
      }
    }
  });
}
