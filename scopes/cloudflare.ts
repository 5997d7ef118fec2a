import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, ProviderError, type Answer, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Scope, Resource } from '../src/types.js';
import { environmentOf, environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// Global API Key: "full access", tied to the user (https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/),
// verified with GET /user and X-Auth-Email + X-Auth-Key (trufflehog cloudflareglobalapikey/common.go). API tokens:
// GET /user/tokens/verify (account tokens: /accounts/{id}/tokens/verify) returns {id, status}; 401/403 = invalid
// (trufflehog cloudflareapitoken/common.go). A token's own policies come from GET /user/tokens/{id}, which needs
// API Tokens Read (https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/get/); without it
// the reach is inferred from which list GETs succeed. Destroy endpoints and permission-group names are UNCONFIRMED.

const HEX32 = /^[a-f0-9]{32}$/;

const egress: ProviderEgress = {
  provider: 'cloudflare',
  base: 'https://api.cloudflare.com',
  hosts: ['api.cloudflare.com'],
  routes: [
    { method: 'GET', path: /^\/client\/v4\/user\/tokens\/verify$/ },
    { method: 'GET', path: /^\/client\/v4\/user\/tokens\/[a-f0-9]{32}$/ },
    { method: 'GET', path: /^\/client\/v4\/accounts\/[a-f0-9]{32}\/tokens\/verify$/ },
    { method: 'GET', path: /^\/client\/v4\/accounts\/[a-f0-9]{32}\/tokens\/[a-f0-9]{32}$/ },
    { method: 'GET', path: /^\/client\/v4\/user$/ },
    { method: 'GET', path: /^\/client\/v4\/accounts$/ },
    { method: 'GET', path: /^\/client\/v4\/zones$/ },
  ],
};

const UNCONFIRMED_DESTROY = "the destroy endpoints behind Cloudflare's permission groups (zone, DNS, Workers, R2, D1, Pages) are UNCONFIRMED";
const UNCONFIRMED_BACKUP =
  'that D1 Time Travel does not survive deleting its database, and whether R2 object versioning survives a bucket deletion, are UNCONFIRMED (D1 counted as backup loss, R2 not)';

interface Envelope<T> {
  success?: boolean;
  result?: T;
  errors?: Array<{ code?: number; message?: string }>;
}
interface Policy {
  effect?: string;
  permission_groups?: Array<{ id?: string; name?: string }>;
  resources?: Record<string, unknown>;
}

function resultOf<T>(a: Answer, call: string): T {
  const body = objectOf<Envelope<T>>('cloudflare', a, call);
  if (body.success !== true || body.result === undefined) throw unexpected('cloudflare', a, call);
  return body.result;
}

// Permission-group names (as the dashboard lists them) → what they can destroy.
const DESTROYERS: Array<[RegExp, (w: Resource) => Destroy]> = [
  [
    /^Zone Write$/i,
    (w) => ({
      action: 'zone delete',
      target: w.kind === 'zone' ? { ...w, with: ['its DNS and settings'] } : { kind: 'zone', all: true, within: w, with: ['its DNS and settings'] },
      destroysBackups: false,
      certainty: 'inferred',
    }),
  ],
  [/^DNS Write$/i, (w) => ({ action: 'DNS record edit and delete', target: { kind: 'dns-record', all: true, within: w, qualifier: 'traffic hijack' }, destroysBackups: false, certainty: 'inferred' })],
  [
    /^Workers Scripts Write$/i,
    (w) => ({ action: 'Worker delete', target: { kind: 'function', noun: { one: 'Worker', many: 'Workers' }, all: true, within: w }, destroysBackups: false, certainty: 'inferred' }),
  ],
  [
    /^Workers R2 Storage Write$/i,
    (w) => ({ action: 'R2 bucket delete', target: { kind: 'bucket', noun: { one: 'R2 bucket', many: 'R2 buckets' }, all: true, within: w }, destroysBackups: false, certainty: 'inferred' }),
  ],
  [
    /^D1 Write$/i,
    (w) => ({
      action: 'D1 database delete',
      target: { kind: 'database', noun: { one: 'D1 database', many: 'D1 databases' }, all: true, within: w, with: ['its Time Travel history'] },
      destroysBackups: true,
      certainty: 'inferred',
    }),
  ],
  [
    /^(?:Cloudflare )?Pages Write$/i,
    (w) => ({
      action: 'Pages project delete',
      target: { kind: 'project', noun: { one: 'Pages project', many: 'Pages projects' }, all: true, within: w },
      destroysBackups: false,
      certainty: 'inferred',
    }),
  ],
];

/** A Global API Key holds every permission group on every account and zone of its user. */
const GLOBAL_DESTROY = (owner: Resource): Destroy[] => {
  const every: Resource = { kind: 'account', all: true, accessibleTo: owner };
  return DESTROYERS.map(([, make]) => make(every));
};

/** Names of what a list GET returns, or undefined when the token may not list them. */
async function names(ctx: ResolveContext, path: string, headers: Record<string, string>, evidence: string[]): Promise<Array<{ id: string; name: string }> | undefined> {
  const a = await get(ctx, egress, path, headers, evidence);
  if (a.status === 403 || a.status === 401) return undefined;
  if (a.status !== 200) throw unexpected('cloudflare', a, `GET ${path.split('?')[0]}`);
  const r = resultOf<Array<{ id: string; name: string }>>(a, `GET ${path.split('?')[0]}`);
  if (!Array.isArray(r)) throw unexpected('cloudflare', a, `GET ${path.split('?')[0]}`);
  return r;
}

async function resolveGlobalKey(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const email = f.parts.email;
  if (!email) throw new EgressError("not resolved: a Global API Key is sent with its user's email (X-Auth-Email), and none is beside it in the file");
  const evidence: string[] = [];
  const headers = { 'x-auth-email': email, 'x-auth-key': f.secret };
  const u = await get(ctx, egress, '/client/v4/user', headers, evidence);
  // The email comes from the file: a refusal may be a mispaired email, not a dead key (as AWS's SignatureDoesNotMatch).
  if (u.status === 401 || u.status === 403) throw new ProviderError('cloudflare: the Global API Key was refused with the email found beside it (mispaired, or revoked)', u.status);
  if (u.status !== 200) throw unexpected('cloudflare', u, 'GET /user');
  const user = resultOf<{ id?: string; email?: string }>(u, 'GET /user');
  const accounts = (await names(ctx, '/client/v4/accounts?per_page=50', headers, evidence)) ?? [];
  const zones = (await names(ctx, '/client/v4/zones?per_page=50', headers, evidence)) ?? [];
  const owner: Resource = { kind: 'user', name: user.email ?? email, bare: true };
  return liveScope({
    tokenKind: 'global-api-key',
    identity: `${user.email ?? email} · Global API Key`,
    root: true,
    environments: environments([...accounts.map((a) => environmentOf(ctx, a.name, a.id)), ...zones.map((z) => environmentOf(ctx, z.name, z.id))], true),
    resources: [
      { kind: 'account', also: 'zone', all: true, accessibleTo: owner },
      { kind: 'account', names: accounts.map((a) => a.name) },
      { kind: 'zone', names: zones.map((z) => z.name) },
    ],
    destroy: GLOBAL_DESTROY(owner),
    unconfirmed: [UNCONFIRMED_DESTROY, UNCONFIRMED_BACKUP],
    evidence,
  });
}

/** Flattened resource keys of allow policies: `com.cloudflare.api.account.*`, `com.cloudflare.api.account.zone.<id>`… */
function resourceKeys(r: Record<string, unknown> | undefined, out: string[] = []): string[] {
  for (const [k, v] of Object.entries(r ?? {})) {
    if (v && typeof v === 'object') resourceKeys(v as Record<string, unknown>, out);
    else out.push(k);
  }
  return out;
}

async function resolveToken(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const auth = { authorization: `Bearer ${f.secret}` };
  const besideId = f.facts.accountId && HEX32.test(f.facts.accountId) ? f.facts.accountId : undefined;
  let account = f.tokenKind === 'account-api-token' ? besideId : undefined;
  if (f.tokenKind === 'account-api-token' && !account) {
    throw new EgressError('not resolved: an account API token is verified under its account id (/accounts/{id}/tokens/verify), and none is beside it in the file');
  }
  let base = account ? `/client/v4/accounts/${account}/tokens` : '/client/v4/user/tokens';
  let v = await get(ctx, egress, `${base}/verify`, auth, evidence);
  // A pre-2026 token has no prefix to tell user from account tokens: refused as a user token, it is tried under
  // the account id beside it, and without one it is not called revoked (an account token would be hidden).
  if ((v.status === 401 || v.status === 403) && f.tokenKind === 'api-token') {
    if (!besideId) throw new ProviderError('cloudflare: refused as a user token; an account-owned token is verified under its account id, and none is beside it', v.status);
    account = besideId;
    base = `/client/v4/accounts/${account}/tokens`;
    v = await get(ctx, egress, `${base}/verify`, auth, evidence);
    if (v.status === 401 || v.status === 403) return revokedScope(f.tokenKind, evidence, `Cloudflare refused the token as a user token and under account ${account} (HTTP ${v.status}): it is invalid`);
  }
  // 401/403 on verify: an invalid token (trufflehog); for account tokens a 403 may be a mispaired account id.
  if (v.status === 401 || (v.status === 403 && !account)) return revokedScope(f.tokenKind, evidence, `Cloudflare answered ${v.status} to tokens/verify: the token is invalid`);
  if (v.status === 403) throw new ProviderError('cloudflare: the account token was refused under the account id found beside it (mispaired, or revoked)', 403);
  if (v.status !== 200) throw unexpected('cloudflare', v, 'GET tokens/verify');
  const verified = resultOf<{ id?: string; status?: string; expires_on?: string }>(v, 'GET tokens/verify');
  if (verified.status === 'disabled' || verified.status === 'expired') return revokedScope(f.tokenKind, evidence, `Cloudflare reports the token ${verified.status}`);
  if (verified.status !== 'active' || !verified.id || !HEX32.test(verified.id)) throw unexpected('cloudflare', v, 'GET tokens/verify');
  const expires = verified.expires_on ? ` · expires ${verified.expires_on}` : ' · no expiry';
  const kind = account ? 'account-api-token' : f.tokenKind === 'api-token' ? 'user-api-token' : f.tokenKind;
  const zones = await names(ctx, '/client/v4/zones?per_page=50', auth, evidence);
  const zoneName = new Map((zones ?? []).map((z) => [z.id, z.name]));

  const own = await get(ctx, egress, `${base}/${verified.id}`, auth, evidence);
  if (own.status === 403 || own.status === 401) {
    // Without API Tokens Read it cannot read its own policies: reach from what it may list, writes not determinable.
    const accounts = account ? undefined : await names(ctx, '/client/v4/accounts?per_page=50', auth, evidence);
    return liveScope({
      tokenKind: kind,
      identity: `token ${verified.id}${expires}`,
      environments: environments([...(accounts ?? []).map((a) => environmentOf(ctx, a.name, a.id)), ...(zones ?? []).map((z) => environmentOf(ctx, z.name, z.id))], false),
      resources: [
        ...(accounts ? [{ kind: 'account', names: accounts.map((a) => a.name), qualifier: 'what it may list' } satisfies Resource] : []),
        { kind: 'zone', names: (zones ?? []).map((z) => z.name), qualifier: 'what it may list' },
      ],
      unconfirmed: ['the token cannot read its own policies (it lacks API Tokens Read): its reach is inferred from the lists it may read, and its write permissions are not determinable read-only'],
      reachInferred: true,
      evidence,
    });
  }
  if (own.status !== 200) throw unexpected('cloudflare', own, 'GET tokens/{id}');
  const details = resultOf<{ name?: string; policies?: Policy[]; condition?: { request_ip?: { in?: string[] } } }>(own, 'GET tokens/{id}');
  const allows = (details.policies ?? []).filter((p) => p.effect !== 'deny');
  const groups = [...new Set(allows.flatMap((p) => (p.permission_groups ?? []).map((g) => g.name ?? g.id ?? '?')))];
  const keys = [...new Set(allows.flatMap((p) => resourceKeys(p.resources)))];
  const everywhere = keys.some((k) => /^com\.cloudflare\.api\.account\.(?:zone\.)?\*$/.test(k));
  const writes = groups.filter((g) => /\b(?:Write|Edit)\b/i.test(g));
  const root = everywhere && writes.length > 0;
  // Policy resource keys (https://developers.cloudflare.com/fundamentals/api/how-to/create-via-api/#resources).
  const named = keys.map((k): { id: string; name?: string; resource: Resource } => {
    const zone = /^com\.cloudflare\.api\.account\.zone\.([a-f0-9]{32})$/.exec(k)?.[1];
    if (zone) return { id: zone, name: zoneName.get(zone), resource: { kind: 'zone', name: zoneName.get(zone) ?? zone, id: zone } };
    const acct = /^com\.cloudflare\.api\.account\.([a-f0-9]{32})$/.exec(k)?.[1];
    if (acct) return { id: acct, resource: { kind: 'account', name: acct, id: acct } };
    return { id: k, resource: k.endsWith('.*') ? { kind: k.includes('zone') ? 'zone' : 'account', all: true } : { kind: 'permission', name: k } };
  });
  const destroy: Destroy[] = [];
  for (const g of groups) for (const [re, make] of DESTROYERS) if (re.test(g)) for (const n of named) destroy.push(make(n.resource));
  return liveScope({
    tokenKind: kind,
    identity: `token ${details.name ?? verified.id}${expires}${details.condition?.request_ip?.in?.length ? ` · IP filter ${details.condition.request_ip.in.join(', ')}` : ' · no IP filter'}`,
    root,
    environments: environments(
      named.map((n) => environmentOf(ctx, n.name, n.id)),
      root,
    ),
    resources: named.map((n) => ({ ...n.resource, access: groups })),
    destroy,
    unconfirmed: destroy.length ? [UNCONFIRMED_DESTROY, ...(destroy.some((d) => d.destroysBackups) ? [UNCONFIRMED_BACKUP] : [])] : [],
    evidence,
  });
}

export default defineProvider({
  id: 'cloudflare',
  name: 'Cloudflare',
  asks: {
    calls: '`/user/tokens/verify`, `/zones`, `/user/tokens/{id}`, `/accounts`; Global API Key via `GET /user`',
    tells: 'wildcard + write permissions → root; D1/zone deletion †',
    docs: 'https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/get/',
  },
  hosts: egress.hosts,
  egress,
  resolve: (f, ctx) => (f.tokenKind === 'global-api-key' ? resolveGlobalKey(f, ctx) : resolveToken(f, ctx)),
  offline: (f) => {
    if (f.tokenKind === 'global-api-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: [{ kind: 'account', also: 'zone', all: true, accessibleTo: { kind: 'user' } }],
        destroy: GLOBAL_DESTROY({ kind: 'user' }),
        because: ['a Global API Key has "full access" to every account and zone its user can reach', UNCONFIRMED_DESTROY, UNCONFIRMED_BACKUP],
      });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: [
        f.tokenKind === 'account-api-token'
          ? { kind: 'account', count: 1, qualifier: "within the token's policies" }
          : { kind: 'account', also: 'zone', all: true, qualifier: "those in the token's policies" },
      ],
      because: [`a Cloudflare ${f.tokenKind}, limited by its policies (permission groups and resources), IP filter and TTL; its policies are only known from Cloudflare`],
    });
  },
  remediation: (f, scope) =>
    f.tokenKind === 'global-api-key'
      ? 'Replace the Global API Key with a scoped API token (only the permission groups and zones needed, a request_ip condition and an expiry; an account-owned token for automation), and roll the Global API Key at https://dash.cloudflare.com/profile/api-tokens.'
      : `Create a new token with only the permission groups and resources the task needs${scope.root ? ' (one zone or account, not all of them)' : ''}, an IP filter and an expiry — rolling keeps the old scope — and delete this one at https://dash.cloudflare.com/profile/api-tokens (account tokens: Manage Account → Account API Tokens).`,
});
