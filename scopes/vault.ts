import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { baseUrl, EgressError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, environments, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// A Vault token reaches what its policies allow on the Vault server that issued it
// (https://developer.hashicorp.com/vault/docs/concepts/tokens); that server is the user's own, so Vault resolves only
// where ABR_ENDPOINT_VAULT in the environment names it (never an address read from the scanned tree). Two reads, and
// never a secret path: GET /v1/auth/token/lookup-self (the token's display name, policies, type and TTL;
// https://developer.hashicorp.com/vault/api-docs/auth/token#lookup-a-token-self — its answer also holds the token's own
// id and accessor, which are read by nobody here) and POST /v1/sys/capabilities-self, a read by nature that names the
// token's capabilities on the paths given (https://developer.hashicorp.com/vault/api-docs/system/capabilities-self).
// The default policy lets every token look itself up, so a 403 there is the invalid-token answer ("permission
// denied", https://developer.hashicorp.com/vault/api-docs#http-status-codes; a token without the default policy
// would answer the same, UNCONFIRMED). Disabling a secrets engine (DELETE /v1/sys/mounts/:path) "revokes all of its
// secrets and removes its data" (https://developer.hashicorp.com/vault/docs/secrets#disabling); forcing a Raft snapshot
// restore (POST /v1/sys/storage/raft/snapshot-force) replaces all of Vault's data with an older copy.

const egress: ProviderEgress = {
  provider: 'vault',
  // No official host: only ABR_ENDPOINT_VAULT (the user's own Vault) is ever asked.
  base: 'https://vault.invalid',
  hosts: [],
  routes: [
    { method: 'GET', path: /^\/v1\/auth\/token\/lookup-self$/ },
    { method: 'POST', path: /^\/v1\/sys\/capabilities-self$/, read: capabilitiesOnly },
  ],
};

/** capabilities-self with a body of `paths` only, each a plain path: it reads capabilities and nothing else. */
function capabilitiesOnly(body: string): string {
  let b: unknown;
  try {
    b = JSON.parse(body);
  } catch {
    throw new EgressError('refused: capabilities-self body is not JSON');
  }
  const o = b as { paths?: unknown };
  if (!b || typeof b !== 'object' || Object.keys(b).join(',') !== 'paths' || !Array.isArray(o.paths) || !o.paths.every((p) => typeof p === 'string' && /^[a-z0-9/_-]+$/.test(p)))
    throw new EgressError('refused: capabilities-self takes only a list of paths');
  return 'capabilities-self';
}

/** The paths whose capabilities say what the token could destroy (the names after them are stand-ins). */
const PATHS = {
  mounts: 'sys/mounts/example',
  auth: 'sys/auth/example',
  policies: 'sys/policies/acl/example',
  restore: 'sys/storage/raft/snapshot-force',
};

const DEFAULT_POLICY = 'that a 403 to lookup-self means an invalid token rests on the default policy, which grants lookup-self to every token (UNCONFIRMED for a token created without it)';

function destroyOf(caps: Record<string, string[]>, vault: Resource): Destroy[] {
  const can = (path: string, ...wanted: string[]) => (caps[path] ?? []).some((c) => c === 'root' || wanted.includes(c));
  const out: Destroy[] = [];
  if (can(PATHS.mounts, 'delete'))
    out.push({
      action: 'DELETE /v1/sys/mounts/:path',
      target: { kind: 'secret', all: true, within: vault, noun: { one: 'secrets engine', many: 'secrets engines' }, with: ['their data'] },
      destroysBackups: false,
    });
  if (can(PATHS.auth, 'delete'))
    out.push({ action: 'DELETE /v1/sys/auth/:path', target: { kind: 'configuration', all: true, within: vault, noun: { one: 'auth method', many: 'auth methods' } }, destroysBackups: false });
  if (can(PATHS.restore, 'update', 'sudo'))
    out.push({
      action: 'POST /v1/sys/storage/raft/snapshot-force',
      target: { kind: 'data', all: true, within: vault, qualifier: 'replaced by an older snapshot' },
      destroysBackups: false,
      certainty: 'inferred',
    });
  return out;
}

async function resolveVault(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const headers = { 'x-vault-token': f.secret, accept: 'application/json' };
  const a = await ctx.egress.request(egress, { method: 'GET', path: '/v1/auth/token/lookup-self', headers, evidence });
  if (a.status === 403) return revokedScope(f.tokenKind, evidence, 'Vault answered 403 to lookup-self: the token is invalid, expired or revoked');
  if (a.status !== 200) throw unexpected('vault', a, 'GET /v1/auth/token/lookup-self');
  const d = objectOf<{ data?: { display_name?: string; policies?: string[]; type?: string; ttl?: number } }>('vault', a, 'GET /v1/auth/token/lookup-self').data;
  if (!d || !Array.isArray(d.policies)) throw unexpected('vault', a, 'GET /v1/auth/token/lookup-self');
  const c = await ctx.egress.request(egress, {
    method: 'POST',
    path: '/v1/sys/capabilities-self',
    headers: { ...headers, 'content-type': 'application/json' },
    body: JSON.stringify({ paths: Object.values(PATHS) }),
    evidence,
  });
  if (c.status !== 200) throw unexpected('vault', c, 'POST /v1/sys/capabilities-self');
  const caps = objectOf<Record<string, unknown>>('vault', c, 'POST /v1/sys/capabilities-self');
  const capsOf: Record<string, string[]> = Object.fromEntries(Object.values(PATHS).map((p) => [p, Array.isArray(caps[p]) ? (caps[p] as string[]) : []]));
  const host = baseUrl(egress, ctx.egress.opts.env).url.hostname;
  const root = d.policies.includes('root') || capsOf[PATHS.policies].some((x) => x === 'root' || x === 'update' || x === 'create');
  const vault: Resource = { kind: 'server', name: host, noun: { one: 'Vault', many: 'Vaults' } };
  const env = environmentOf(ctx, host);
  return liveScope({
    tokenKind: d.type === 'batch' ? 'batch-token' : f.tokenKind,
    identity: `${d.display_name ?? 'token'} · policies ${d.policies.join(', ')}${typeof d.ttl === 'number' && d.ttl > 0 ? ` · expires in ${Math.round(d.ttl / 3600)} h` : ''}`,
    root,
    environments: environments([env], root),
    resources: [{ ...vault, access: d.policies }],
    destroy: destroyOf(capsOf, vault),
    unconfirmed: [DEFAULT_POLICY],
    evidence,
  });
}

export default defineProvider({
  id: 'vault',
  name: 'Vault',
  asks: {
    calls: 'only with `ABR_ENDPOINT_VAULT` naming your own Vault: `GET /v1/auth/token/lookup-self`, `POST /v1/sys/capabilities-self`',
    tells: 'policies; `root` → root; secrets-engine disabling with its data, snapshot-force restore †',
    docs: 'https://developer.hashicorp.com/vault/api-docs/auth/token#lookup-a-token-self',
  },
  hosts: [],
  selfHosted: true,
  egress,
  resolve: resolveVault,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'secret', all: true, qualifier: 'those its policies allow' }],
      because: ['a HashiCorp Vault token: it reaches every secret its policies allow until it expires, and a root token reaches all of them'],
    }),
  remediation: () => 'Give the agent a short-lived token with a policy for the one path it reads (an AppRole or OIDC login), and revoke this one with vault token revoke.',
});
