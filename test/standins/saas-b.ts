// Stand-ins for the second half of the SaaS providers (Heroku, Fly.io, Netlify, Neon, MongoDB Atlas, Twilio,
// SendGrid, Datadog, Hugging Face) and for Google Cloud's token, certificate and Resource Manager hosts. Each
// answers as its provider documents (saas.md §13–21, core.md §4): the same statuses, bodies and headers, real
// HTTP Digest for Atlas, real RS256 verification of the JWT-bearer assertion for Google.
import { createHash, createPublicKey, createVerify, randomBytes, sign, type KeyObject } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';
import { json, startStandin, type Standin } from './index.js';

/** Tokens listed here get a 404 on their first call: a status the resolvers do not map (→ unknown). */
export type Odd = { odd?: Set<string> };

const bearer = (req: IncomingMessage) => /^Bearer\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];
const basic = (req: IncomingMessage) => {
  const m = /^Basic\s+(.+)$/i.exec(req.headers.authorization ?? '');
  if (!m) return undefined;
  const s = Buffer.from(m[1], 'base64').toString('utf8');
  const i = s.indexOf(':');
  return i < 0 ? undefined : { user: s.slice(0, i), pass: s.slice(i + 1) };
};
const url = (req: IncomingMessage) => new URL(req.url ?? '/', 'http://standin');
function odd(cfg: Odd, token: string | undefined, res: ServerResponse): boolean {
  if (!token || !cfg.odd?.has(token)) return false;
  cfg.odd.delete(token);
  json(res, 404, { message: 'Not Found' });
  return true;
}

// ---------------------------------------------------------------------------------------------- Heroku
export interface HerokuConfig extends Odd {
  /** token → the account it belongs to, the Oauth-Scope Heroku sends (none: no header), whether /account is forbidden. */
  tokens: Record<string, { email: string; scope?: string; accountForbidden?: boolean; appsForbidden?: boolean; apps: Array<{ name: string; team?: string }> }>;
}

export function startHeroku(cfg: HerokuConfig): Promise<Standin> {
  return startStandin('heroku', (req, _body, res) => {
    const t = bearer(req);
    const who = t ? cfg.tokens[t] : undefined;
    if (odd(cfg, t, res)) return;
    if (req.headers.accept !== 'application/vnd.heroku+json; version=3') return json(res, 400, { id: 'bad_request', message: 'Accept header must be application/vnd.heroku+json; version=3' });
    if (!who) return json(res, 401, { id: 'unauthorized', message: 'Invalid credentials provided.' });
    const headers: Record<string, string> = { 'ratelimit-remaining': '4499', ...(who.scope ? { 'oauth-scope': who.scope } : {}) };
    const path = url(req).pathname;
    if (path === '/account') {
      if (who.accountForbidden) return json(res, 403, { id: 'forbidden', message: 'You do not have access to the account.' }, { ...headers, 'oauth-scope-accepted': 'global identity' });
      return json(res, 200, { id: 'u-1', email: who.email, two_factor_authentication: true }, headers);
    }
    if (path === '/apps') {
      if (who.appsForbidden) return json(res, 403, { id: 'forbidden', message: 'Insufficient scope.' }, headers);
      return json(res, 200, who.apps.map((a, i) => ({ id: `app-${i}`, name: a.name, team: a.team ? { id: `team-${a.team}`, name: a.team } : null, owner: { email: who.email } })), headers);
    }
    json(res, 404, { id: 'not_found', message: 'Not found.' });
  });
}

// ---------------------------------------------------------------------------------------------- Fly.io
export interface FlyConfig extends Odd {
  /** A user token or a macaroon bundle → the apps of its personal organization. */
  tokens: Record<string, { apps: string[] }>;
}

export function startFly(cfg: FlyConfig): Promise<Standin> {
  return startStandin('flyio', (req, _body, res) => {
    const auth = req.headers.authorization ?? '';
    const t = /^(?:Bearer|FlyV1)\s+(.+)$/.exec(auth)?.[1];
    if (odd(cfg, t, res)) return;
    const who = t ? cfg.tokens[t] : undefined;
    const u = url(req);
    if (u.pathname !== '/v1/apps') return json(res, 404, { error: 'not found' });
    if (!who) return json(res, 401, { error: 'unauthorized' });
    const slug = u.searchParams.get('org_slug');
    // trufflehog flyio.go: a valid token without org_slug gets 400.
    if (!slug) return json(res, 400, { error: 'org_slug is required' });
    if (slug !== 'personal') return json(res, 403, { error: 'unauthorized for org' });
    json(res, 200, { total_apps: who.apps.length, apps: who.apps.map((name, i) => ({ id: `app${i}`, name, machine_count: 1, network: 'default' })) });
  });
}

// ---------------------------------------------------------------------------------------------- Netlify
export interface NetlifyConfig extends Odd {
  tokens: Record<string, { email: string; sites: Array<{ name: string; team: string }> }>;
}

export function startNetlify(cfg: NetlifyConfig): Promise<Standin> {
  return startStandin('netlify', (req, _body, res) => {
    const t = bearer(req);
    if (odd(cfg, t, res)) return;
    const who = t ? cfg.tokens[t] : undefined;
    if (!who) return json(res, 401, { code: 401, message: 'Access Denied: Invalid token' });
    const path = url(req).pathname;
    if (path === '/api/v1/user') return json(res, 200, { id: 'u1', uid: 'u1', full_name: 'Site Owner', email: who.email });
    if (path === '/api/v1/sites') return json(res, 200, who.sites.map((s, i) => ({ id: `site-${i}`, name: s.name, account_name: s.team, account_slug: s.team.toLowerCase() })));
    json(res, 404, { code: 404, message: 'Not Found' });
  });
}

// ---------------------------------------------------------------------------------------------- Neon
export interface NeonConfig extends Odd {
  tokens: Record<string, Array<{ id: string; name: string; branches: string[] }>>;
}

export function startNeon(cfg: NeonConfig): Promise<Standin> {
  return startStandin('neon', (req, _body, res) => {
    const t = bearer(req);
    if (odd(cfg, t, res)) return;
    const projects = t ? cfg.tokens[t] : undefined;
    if (!projects) return json(res, 401, { code: '', message: 'authentication failed' });
    const path = url(req).pathname;
    if (path === '/api/v2/projects') return json(res, 200, { projects: projects.map((p) => ({ id: p.id, name: p.name, org_id: 'org-acme', region_id: 'aws-eu-central-1' })), pagination: { cursor: '' } });
    const m = /^\/api\/v2\/projects\/([^/]+)\/branches$/.exec(path);
    const p = m && projects.find((x) => x.id === m[1]);
    if (p) return json(res, 200, { branches: p.branches.map((name, i) => ({ id: `br-${p.id}-${i}`, name, default: i === 0, protected: name === 'production' })) });
    json(res, 404, { code: '', message: 'not found' });
  });
}

// ---------------------------------------------------------------------------------------------- MongoDB Atlas
export interface AtlasConfig extends Odd {
  /** public key → its private key, roles and access list. */
  keys: Record<string, { privateKey: string; roles: Array<{ orgId?: string; groupId?: string; roleName: string }>; accessList?: string[] }>;
  groups: Array<{ id: string; name: string; orgId: string; clusters: Array<{ name: string; terminationProtectionEnabled?: boolean }> }>;
}

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

export function startAtlas(cfg: AtlasConfig): Promise<Standin> {
  const nonces = new Set<string>();
  const challenge = (res: ServerResponse, detail = 'You are not authorized for this resource.') => {
    const nonce = randomBytes(12).toString('base64');
    nonces.add(nonce);
    json(res, 401, { detail, error: 401, errorCode: 'UNAUTHORIZED', parameters: [], reason: 'Unauthorized' }, { 'www-authenticate': `Digest realm="MMS Public API", domain="", nonce="${nonce}", algorithm=MD5, qop="auth", stale=false` });
  };
  return startStandin('mongodb-atlas', (req, _body, res) => {
    const h = req.headers.authorization ?? '';
    if (!/^Digest /.test(h)) return challenge(res);
    const p: Record<string, string> = {};
    for (const m of h.slice(7).matchAll(/([a-z]+)=(?:"([^"]*)"|([^,\s]*))/gi)) p[m[1]] = m[2] ?? m[3];
    if (odd(cfg, p.username, res)) return;
    const key = cfg.keys[p.username];
    if (!nonces.has(p.nonce) || p.uri !== req.url) return challenge(res);
    const ha1 = md5(`${p.username}:MMS Public API:${key?.privateKey ?? ''}`);
    const expected = md5(`${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:${p.qop}:${md5(`${req.method}:${p.uri}`)}`);
    if (!key || p.response !== expected) return challenge(res);
    if (req.headers.accept !== 'application/vnd.atlas.2023-01-01+json') return json(res, 406, { error: 406, errorCode: 'INVALID_VERSION' });
    const path = url(req).pathname;
    const visible = cfg.groups.filter((g) => key.roles.some((r) => r.groupId === g.id || r.orgId === g.orgId));
    if (path === '/api/atlas/v2') {
      return json(res, 200, { apiKey: { id: `key-${p.username}`, publicKey: p.username, roles: key.roles, accessList: (key.accessList ?? []).map((c) => ({ cidrBlock: c })) }, appName: 'MongoDB Atlas', build: 'standin', throttling: false });
    }
    if (path === '/api/atlas/v2/groups') return json(res, 200, { results: visible.map((g) => ({ id: g.id, name: g.name, orgId: g.orgId, clusterCount: g.clusters.length })), totalCount: visible.length });
    const m = /^\/api\/atlas\/v2\/groups\/([0-9a-f]{24})\/clusters$/.exec(path);
    const g = m && visible.find((x) => x.id === m[1]);
    if (g) return json(res, 200, { results: g.clusters.map((c) => ({ name: c.name, terminationProtectionEnabled: !!c.terminationProtectionEnabled, clusterType: 'REPLICASET' })), totalCount: g.clusters.length });
    json(res, 404, { error: 404, errorCode: 'RESOURCE_NOT_FOUND' });
  });
}

// ---------------------------------------------------------------------------------------------- Twilio
export interface TwilioConfig extends Odd {
  accounts: Array<{ sid: string; authToken: string; friendlyName: string; subaccounts?: Array<{ sid: string; friendlyName: string }> }>;
  /** API key SID → its secret, type and account. */
  keys: Record<string, { secret: string; type: 'main' | 'standard' | 'restricted'; account: string }>;
}

export function startTwilio(cfg: TwilioConfig): Promise<Standin> {
  return startStandin('twilio', (req, _body, res) => {
    const b = basic(req);
    if (odd(cfg, b?.pass, res)) return;
    const acct = cfg.accounts.find((a) => a.sid === b?.user && a.authToken === b?.pass);
    const key = b && cfg.keys[b.user]?.secret === b.pass ? cfg.keys[b.user] : undefined;
    const authenticate = () => json(res, 401, { code: 20003, message: 'Authenticate', more_info: 'https://www.twilio.com/docs/errors/20003', status: 401 });
    if (!acct && !key) return authenticate();
    const path = url(req).pathname;
    if (path === '/v2/Services') {
      if (key?.type === 'restricted') return json(res, 403, { code: 70051, message: 'Authorization error', more_info: 'https://www.twilio.com/docs/errors/70051', status: 403 });
      return json(res, 200, { services: [], meta: { page: 0, page_size: 1, key: 'services' } });
    }
    if (path === '/2010-04-01/Accounts.json') {
      // Standard keys have no access to /Accounts (trufflehog analyzers/twilio): 401.
      if (key && key.type !== 'main') return authenticate();
      const main = acct ?? cfg.accounts.find((a) => a.sid === key!.account)!;
      const list = [{ sid: main.sid, friendly_name: main.friendlyName, status: 'active', owner_account_sid: main.sid }, ...(main.subaccounts ?? []).map((s) => ({ sid: s.sid, friendly_name: s.friendlyName, status: 'active', owner_account_sid: main.sid }))];
      return json(res, 200, { accounts: list, page: 0, page_size: 100, uri: '/2010-04-01/Accounts.json' });
    }
    json(res, 404, { code: 20404, message: 'The requested resource was not found', status: 404 });
  });
}

// ---------------------------------------------------------------------------------------------- SendGrid
export interface SendgridConfig extends Odd {
  keys: Record<string, { scopes: string[]; profile?: { first_name: string; last_name: string; company: string } }>;
}

export function startSendgrid(cfg: SendgridConfig): Promise<Standin> {
  return startStandin('sendgrid', (req, _body, res) => {
    const t = bearer(req);
    if (odd(cfg, t, res)) return;
    const key = t ? cfg.keys[t] : undefined;
    if (!key) return json(res, 401, { errors: [{ field: null, message: 'authorization required' }] });
    const path = url(req).pathname;
    if (path === '/v3/scopes') return json(res, 200, { scopes: key.scopes });
    if (path === '/v3/user/profile') {
      if (!key.scopes.includes('user.profile.read') || !key.profile) return json(res, 403, { errors: [{ field: null, message: 'access forbidden' }] });
      return json(res, 200, { ...key.profile, address: '', city: '', country: '', phone: '', website: '' });
    }
    json(res, 404, { errors: [{ field: null, message: 'not found' }] });
  });
}

/** A Full Access key's scopes, abridged: user.email.read marks it (trufflehog analyzers/sendgrid). */
export const SENDGRID_FULL = ['2fa_required', 'access_settings.activity.read', 'access_settings.whitelist.create', 'access_settings.whitelist.delete', 'access_settings.whitelist.read', 'alerts.create', 'alerts.delete', 'alerts.read', 'api_keys.create', 'api_keys.delete', 'api_keys.read', 'api_keys.update', 'asm.groups.create', 'asm.groups.delete', 'asm.groups.read', 'mail.send', 'templates.delete', 'templates.read', 'user.email.read', 'user.profile.read', 'user.profile.update'];

// ---------------------------------------------------------------------------------------------- Datadog
export interface DatadogConfig extends Odd {
  apiKeys: Record<string, { org: string; id: string; scopes?: string[] }>;
  /** application key → its owner (none: a scoped key, which GET /api/v2/current_user refuses). */
  appKeys: Record<string, { email?: string; roles?: string[] }>;
}

export function startDatadog(cfg: DatadogConfig): Promise<Standin> {
  return startStandin('datadog', (req, _body, res) => {
    const api = String(req.headers['dd-api-key'] ?? '');
    const app = req.headers['dd-application-key'] ? String(req.headers['dd-application-key']) : undefined;
    if (odd(cfg, app ?? api, res)) return;
    const forbidden = () => json(res, 403, { errors: ['Forbidden'] });
    const path = url(req).pathname;
    const apiKey = cfg.apiKeys[api];
    if (path === '/api/v1/validate') return apiKey ? json(res, 200, { valid: true }) : forbidden();
    if (path === '/api/v2/validate') return apiKey ? json(res, 200, { data: { id: apiKey.org, type: 'validate_v2', attributes: { api_key_id: apiKey.id, api_key_scopes: apiKey.scopes ?? [], valid: true } } }) : forbidden();
    if (!apiKey) return forbidden();
    const owner = app ? cfg.appKeys[app] : undefined;
    if (path === '/api/v2/validate_keys') return owner ? json(res, 200, { status: 'ok' }) : forbidden();
    if (path === '/api/v2/current_user') {
      if (!owner?.email) return forbidden();
      const roles = (owner.roles ?? []).map((name, i) => ({ type: 'roles', id: `role-${i}`, attributes: { name } }));
      return json(res, 200, { data: { type: 'users', id: 'user-1', attributes: { email: owner.email, handle: owner.email, name: 'Owner', status: 'Active' }, relationships: { roles: { data: roles.map((r) => ({ type: 'roles', id: r.id })) } } }, included: roles });
    }
    json(res, 404, { errors: ['Not found'] });
  });
}

// ---------------------------------------------------------------------------------------------- Hugging Face
export interface HuggingfaceConfig extends Odd {
  tokens: Record<string, { name: string; email?: string; role: string; orgs?: Array<{ name: string; roleInOrg: string }>; fineGrained?: { global?: string[]; scoped: Array<{ entity: { type: string; name: string }; permissions: string[] }> } }>;
}

export function startHuggingface(cfg: HuggingfaceConfig): Promise<Standin> {
  return startStandin('huggingface', (req, _body, res) => {
    const t = bearer(req);
    if (odd(cfg, t, res)) return;
    const who = t ? cfg.tokens[t] : undefined;
    if (url(req).pathname !== '/api/whoami-v2') return json(res, 404, { error: 'Not Found' });
    if (!who) return json(res, 401, { error: 'Invalid credentials in Authorization header' });
    json(res, 200, {
      type: 'user',
      id: 'u1',
      name: who.name,
      fullname: who.name,
      email: who.email,
      orgs: (who.orgs ?? []).map((o) => ({ type: 'org', name: o.name, fullname: o.name, roleInOrg: o.roleInOrg, isEnterprise: false })),
      auth: { type: 'access_token', accessToken: { displayName: 'ci', role: who.role, createdAt: '2026-01-01T00:00:00.000Z', ...(who.fineGrained ? { fineGrained: { canReadGatedRepos: false, global: who.fineGrained.global ?? [], scoped: who.fineGrained.scoped } } : {}) } },
    });
  });
}

// ---------------------------------------------------------------------------------------------- Google Cloud
export interface GcpAccount {
  email: string;
  /** Active keys: key id → public key. A deleted key is simply absent. */
  keys: Record<string, KeyObject>;
  /** Projects the account can get, with the permissions it holds there. */
  projects: Record<string, string[]>;
}
export interface GcpConfig extends Odd {
  accounts: GcpAccount[];
}

/** A self-signed X.509 certificate (DER built by hand: node:crypto reads certificates but does not make them). */
export function selfSignedCertificate(subject: string, privateKey: KeyObject): string {
  const tlv = (tag: number, ...content: Buffer[]) => {
    const body = Buffer.concat(content);
    const len = body.length < 0x80 ? Buffer.from([body.length]) : body.length < 0x100 ? Buffer.from([0x81, body.length]) : Buffer.from([0x82, body.length >> 8, body.length & 0xff]);
    return Buffer.concat([Buffer.from([tag]), len, body]);
  };
  const seq = (...c: Buffer[]) => tlv(0x30, ...c);
  const sha256WithRsa = seq(Buffer.from('06092a864886f70d01010b', 'hex'), Buffer.from('0500', 'hex'));
  const name = seq(tlv(0x31, seq(Buffer.from('0603550403', 'hex'), tlv(0x0c, Buffer.from(subject)))));
  const time = (d: Date) => tlv(0x17, Buffer.from(d.toISOString().replace(/[-:T]/g, '').slice(2, 14) + 'Z'));
  const spki = createPublicKey(privateKey).export({ type: 'spki', format: 'der' });
  const tbs = seq(tlv(0xa0, tlv(0x02, Buffer.from([2]))), tlv(0x02, Buffer.from([1, ...randomBytes(8)])), sha256WithRsa, name, seq(time(new Date(Date.now() - 86_400_000)), time(new Date(Date.now() + 86_400_000 * 3650))), name, spki);
  const sig = sign('RSA-SHA256', tbs, privateKey);
  const der = seq(tbs, sha256WithRsa, tlv(0x03, Buffer.from([0]), sig));
  return `-----BEGIN CERTIFICATE-----\n${der.toString('base64').match(/.{1,64}/g)!.join('\n')}\n-----END CERTIFICATE-----\n`;
}

export function startGcp(cfg: GcpConfig, certificates: Record<string, Record<string, string>>): Promise<Standin> {
  const tokens = new Map<string, GcpAccount>();
  return startStandin('gcp', (req, body, res) => {
    const u = url(req);
    const x509 = /^\/robot\/v1\/metadata\/x509\/([^/]+)$/.exec(u.pathname);
    if (req.method === 'GET' && x509) {
      const certs = certificates[decodeURIComponent(x509[1])];
      return certs ? json(res, 200, certs) : json(res, 404, { error: { code: 404, message: 'Not Found' } });
    }
    if (req.method === 'POST' && u.pathname === '/token') {
      const form = new URLSearchParams(body);
      const assertion = form.get('assertion') ?? '';
      const [h, c, s] = assertion.split('.');
      const header = JSON.parse(Buffer.from(h ?? '', 'base64url').toString('utf8') || '{}');
      const claims = JSON.parse(Buffer.from(c ?? '', 'base64url').toString('utf8') || '{}');
      if (odd(cfg, claims.iss, res)) return;
      if (form.get('grant_type') !== 'urn:ietf:params:oauth:grant-type:jwt-bearer' || header.alg !== 'RS256') return json(res, 400, { error: 'unsupported_grant_type', error_description: 'Invalid grant_type' });
      if (claims.aud !== 'https://oauth2.googleapis.com/token' || !(claims.exp > Date.now() / 1000)) return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT: Token must be a short-lived token (60 minutes) and in a reasonable timeframe.' });
      const acct = cfg.accounts.find((a) => a.email === claims.iss);
      const verified = acct && Object.values(acct.keys).some((k) => createVerify('RSA-SHA256').update(`${h}.${c}`).verify(k, Buffer.from(s ?? '', 'base64url')));
      if (!acct || !verified) return json(res, 400, { error: 'invalid_grant', error_description: 'Invalid JWT Signature.' });
      const token = randomBytes(24).toString('hex');
      tokens.set(token, acct);
      return json(res, 200, { access_token: token, expires_in: 3599, token_type: 'Bearer' });
    }
    const acct = tokens.get(bearer(req) ?? '');
    if (!acct) return json(res, 401, { error: { code: 401, message: 'Request had invalid authentication credentials.', status: 'UNAUTHENTICATED' } });
    if (req.method === 'GET' && u.pathname === '/v3/projects:search') {
      return json(res, 200, { projects: Object.keys(acct.projects).map((id, i) => ({ name: `projects/${1000 + i}`, projectId: id, displayName: id, state: 'ACTIVE' })) });
    }
    const t = /^\/v1\/projects\/([^/:]+):testIamPermissions$/.exec(u.pathname);
    if (req.method === 'POST' && t) {
      const held = acct.projects[t[1]];
      if (!held) return json(res, 403, { error: { code: 403, message: `The caller does not have permission`, status: 'PERMISSION_DENIED' } });
      const asked = (JSON.parse(body) as { permissions: string[] }).permissions;
      const have = asked.filter((p) => held.includes(p));
      return json(res, 200, have.length ? { permissions: have } : {});
    }
    json(res, 404, { error: { code: 404, message: 'Not Found' } });
  });
}

// ---------------------------------------------------------------------------------------------- Fly.io macaroons
type Pack = number | string | boolean | null | Buffer | Pack[] | Map<Pack, Pack>;

/** A MessagePack encoder for the few types Fly macaroons use (superfly/macaroon encodes with compact ints). */
export function msgpack(v: Pack): Buffer {
  if (v === null) return Buffer.from([0xc0]);
  if (typeof v === 'boolean') return Buffer.from([v ? 0xc3 : 0xc2]);
  if (typeof v === 'number') {
    if (v >= 0 && v <= 0x7f) return Buffer.from([v]);
    if (v >= 0 && v <= 0xff) return Buffer.from([0xcc, v]);
    if (v >= 0 && v <= 0xffff) return Buffer.from([0xcd, v >> 8, v & 0xff]);
    const b = Buffer.alloc(5);
    b[0] = 0xce;
    b.writeUInt32BE(v, 1);
    return b;
  }
  if (typeof v === 'string') {
    const s = Buffer.from(v);
    return Buffer.concat([s.length < 32 ? Buffer.from([0xa0 | s.length]) : Buffer.from([0xd9, s.length]), s]);
  }
  if (Buffer.isBuffer(v)) return Buffer.concat([Buffer.from([0xc4, v.length]), v]);
  if (Array.isArray(v)) return Buffer.concat([Buffer.from([0x90 | v.length]), ...v.map(msgpack)]);
  return Buffer.concat([Buffer.from([0x80 | v.size]), ...[...v].flatMap(([k, x]) => [msgpack(k), msgpack(x)])]);
}

/** A Fly macaroon with the given caveats ([type, body] pairs), base64 in the fm2_ form (superfly/macaroon format.go). */
export function flyMacaroon(location: string, caveats: Array<[number, Pack]>): string {
  const m = msgpack([[randomBytes(24), randomBytes(16), false], location, caveats.flat(), randomBytes(32)]);
  return `fm2_${m.toString('base64')}`;
}
