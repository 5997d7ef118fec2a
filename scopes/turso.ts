import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { arrayOf, environmentOf, environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// A Turso platform API token acts as the user who minted it, in every organization of the user
// (https://docs.turso.tech/api-reference/authentication); it is sent as a Bearer token to https://api.turso.tech.
// GET /v1/organizations lists those organizations (https://docs.turso.tech/api-reference/organizations/list) and GET
// /v1/organizations/{org}/databases their databases by name (https://docs.turso.tech/api-reference/databases/list) —
// never a database token (POST …/auth/tokens mints one, and is not on the allowlist). An invalid token is 401.
// DELETE /v1/organizations/{org}/databases/{db} deletes a database (https://docs.turso.tech/api-reference/databases/delete);
// that its point-in-time recovery history goes with it is UNCONFIRMED.

const egress: ProviderEgress = {
  provider: 'turso',
  base: 'https://api.turso.tech',
  hosts: ['api.turso.tech'],
  routes: [
    { method: 'GET', path: /^\/v1\/organizations$/ },
    { method: 'GET', path: /^\/v1\/organizations\/[a-z0-9-]{1,64}\/databases$/ },
  ],
};

/** Database listings asked for at most this many organizations. */
const MAX_ORGS = 5;
const HISTORY = 'that deleting a Turso database takes its point-in-time recovery history with it is UNCONFIRMED';

const destroyOf = (databases: Resource): Destroy[] => [
  { action: 'DELETE /v1/organizations/{org}/databases/{db}', target: { ...databases, with: ['their point-in-time recovery history'] }, destroysBackups: true, certainty: 'inferred' },
];

async function resolveTurso(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const headers = { authorization: `Bearer ${f.secret}` };
  const a = await get(ctx, egress, '/v1/organizations', headers, evidence);
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, 'Turso answered 401 to GET /v1/organizations: the token is invalid, expired or revoked');
  if (a.status !== 200) throw unexpected('turso', a, 'GET /v1/organizations');
  const orgs = arrayOf<{ slug?: string; name?: string }>('turso', a, 'GET /v1/organizations').flatMap((o) => (typeof o?.slug === 'string' ? [o.slug] : []));
  const names: string[] = [];
  for (const org of orgs.slice(0, MAX_ORGS)) {
    const d = await get(ctx, egress, `/v1/organizations/${encodeURIComponent(org)}/databases`, headers, evidence);
    if (d.status !== 200) throw unexpected('turso', d, 'GET /v1/organizations/{org}/databases');
    const list = objectOf<{ databases?: Array<{ Name?: string }> }>('turso', d, 'GET /v1/organizations/{org}/databases').databases;
    if (!Array.isArray(list)) throw unexpected('turso', d, 'GET /v1/organizations/{org}/databases');
    names.push(...list.flatMap((x) => (typeof x?.Name === 'string' ? [`${org}/${x.Name}`] : [])));
  }
  const organisations: Resource = { kind: 'organisation', names: orgs };
  const databases: Resource = names.length ? { kind: 'database', names, bare: true } : { kind: 'database', all: true, within: organisations };
  return liveScope({
    tokenKind: 'platform-api-token',
    identity: `${orgs.length} organization${orgs.length === 1 ? '' : 's'} · ${names.length} database${names.length === 1 ? '' : 's'}`,
    root: true,
    environments: environments([...orgs.map((o) => environmentOf(ctx, o)), ...names.map((n) => environmentOf(ctx, n.split('/')[1], n))], true),
    resources: [organisations, databases],
    destroy: destroyOf(databases),
    unconfirmed: [HISTORY],
    evidence,
  });
}

export default defineProvider({
  id: 'turso',
  name: 'Turso',
  asks: {
    calls: "`GET /v1/organizations`, each organization's databases",
    tells: 'names and environments; database deletion with its history †; platform token → root',
    docs: 'https://docs.turso.tech/api-reference/organizations/list',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveTurso,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      root: true,
      environments: ['*'],
      resources: [{ kind: 'organisation', all: true, qualifier: 'of its user' }],
      destroy: destroyOf({ kind: 'database', all: true }).map(({ certainty: _c, ...d }) => d),
      because: [`${f.context.variable ?? 'its variable'} holds a Turso platform API token: it acts as its user in every organization`, HISTORY],
    }),
  remediation: () =>
    'Give the agent a database token for the one non-production database it uses (turso db tokens create DB --read-only), not a platform token, and revoke this one with turso auth api-tokens revoke NAME.',
});
