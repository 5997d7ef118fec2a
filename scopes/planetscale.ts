import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// PlanetScale service tokens authenticate with their id: `Authorization: <SERVICE_TOKEN_ID>:<SERVICE_TOKEN>`
// (https://planetscale.com/docs/api/service-tokens), and hold the organization and database accesses they were
// granted (delete_database, delete_production_branch… https://planetscale.com/docs/concepts/service-tokens). GET
// /v1/organizations lists the organizations the token reaches and GET /v1/organizations/{org}/databases their
// databases by name (https://api-docs.planetscale.com/reference/list-databases) — never a branch password (the
// password endpoints are not on the allowlist). The token's own accesses are not read (UNCONFIRMED), so deletion
// is inferred: DELETE …/databases/{db} deletes a database with its branches; that its backups go with it is
// UNCONFIRMED. Only service tokens with their id beside them are sent: pscale_pw_ branch passwords connect to MySQL
// (and are never sent here), pscale_oauth_ tokens belong to an OAuth application.

const egress: ProviderEgress = {
  provider: 'planetscale',
  base: 'https://api.planetscale.com',
  hosts: ['api.planetscale.com'],
  routes: [
    { method: 'GET', path: /^\/v1\/organizations$/ },
    { method: 'GET', path: /^\/v1\/organizations\/[A-Za-z0-9_-]{1,64}\/databases$/ },
  ],
};

/** Database listings asked for at most this many organizations. */
const MAX_ORGS = 5;
const ACCESSES = "a service token's own accesses (delete_database, delete_production_branch…) are not read: that it may delete the databases it lists is UNCONFIRMED";
const BACKUPS = "that deleting a PlanetScale database takes its branches' backups with it is UNCONFIRMED";

const destroyOf = (databases: Resource): Destroy[] => [
  { action: 'DELETE /v1/organizations/{org}/databases/{db}', target: { ...databases, with: ['their branches and backups'] }, destroysBackups: true, certainty: 'inferred' },
];

async function resolvePlanetScale(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const headers = { authorization: `${f.facts.tokenId}:${f.secret}` };
  const a = await get(ctx, egress, '/v1/organizations', headers, evidence);
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, 'PlanetScale answered 401 to GET /v1/organizations: the service token (with the id beside it) is invalid or deleted');
  if (a.status !== 200) throw unexpected('planetscale', a, 'GET /v1/organizations');
  const orgs = (objectOf<{ data?: Array<{ name?: string }> }>('planetscale', a, 'GET /v1/organizations').data ?? []).flatMap((o) => (typeof o?.name === 'string' ? [o.name] : []));
  const names: string[] = [];
  for (const org of orgs.slice(0, MAX_ORGS)) {
    const d = await get(ctx, egress, `/v1/organizations/${encodeURIComponent(org)}/databases`, headers, evidence);
    if (d.status !== 200) throw unexpected('planetscale', d, 'GET /v1/organizations/{org}/databases');
    const list = objectOf<{ data?: Array<{ name?: string }> }>('planetscale', d, 'GET /v1/organizations/{org}/databases').data;
    if (!Array.isArray(list)) throw unexpected('planetscale', d, 'GET /v1/organizations/{org}/databases');
    names.push(...list.flatMap((x) => (typeof x?.name === 'string' ? [`${org}/${x.name}`] : [])));
  }
  const databases: Resource = names.length ? { kind: 'database', names, bare: true } : { kind: 'database', all: true, within: { kind: 'organisation', names: orgs } };
  return liveScope({
    tokenKind: 'service-token',
    identity: `service token ${f.facts.tokenId} · ${orgs.join(', ') || 'no organization'} · ${names.length} database${names.length === 1 ? '' : 's'}`,
    reachInferred: true,
    environments: environments(
      names.map((n) => environmentOf(ctx, n.split('/')[1], n)),
      false,
    ),
    resources: [{ kind: 'organisation', names: orgs }, databases],
    destroy: names.length ? destroyOf(databases) : [],
    unconfirmed: [ACCESSES, BACKUPS],
    evidence,
  });
}

export default defineProvider({
  id: 'planetscale',
  name: 'PlanetScale',
  asks: {
    calls: 'service token with its id beside it: `GET /v1/organizations`, databases',
    tells: 'names and environments; database deletion with its backups †',
    docs: 'https://api-docs.planetscale.com/reference/list-databases',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolvePlanetScale,
  withhold: (f) => {
    if (f.tokenKind === 'database-password') return 'a PlanetScale branch password connects to MySQL, not to the API';
    if (f.tokenKind !== 'service-token') return 'a PlanetScale OAuth token belongs to an OAuth application and is not asked';
    return f.facts.tokenId ? undefined : 'PlanetScale authenticates a service token together with its id, and no PLANETSCALE_SERVICE_TOKEN_ID names one beside it';
  },
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'database', all: true, qualifier: 'those it was granted' }],
      because: [
        'a PlanetScale credential: a service token holds the organization and database permissions it was granted (deleting databases and branches included), a pscale_pw_ password connects to one branch',
      ],
    }),
  remediation: () =>
    'Give the agent a service token with read permissions on the one database, or a read-only branch password, and delete this one at https://app.planetscale.com/~/settings/service-tokens.',
});
