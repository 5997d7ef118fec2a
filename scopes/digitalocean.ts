import { reachEnvironment } from '../src/context/environment.js';
import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, type Answer, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Scope, Resource } from '../src/types.js';
import { environmentOf, environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// Liveness and identity: GET /v2/account, 200 valid / 401 invalid (trufflehog digitaloceanv2;
// https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account). Legacy tokens are read-only or full access
// to every team resource; custom tokens hold resource:action scopes
// (https://docs.digitalocean.com/reference/api/create-personal-access-token/); no introspection endpoint was found
// (UNCONFIRMED), so reads are inferred from list GETs and delete scopes are not determinable read-only.
// destroy_with_associated_resources/dangerous takes the Droplet's snapshots and volumes
// (docs.digitalocean.com/notes/changelog/destroy-a-droplet-with-associated-resources); deleting a database cluster
// "permanently and irreversibly destroys the cluster, its contents, and its automated backups".
// Projects carry an `environment` (Production, Staging, Development), and GET /v2/projects/{id}/resources lists the
// URNs in each (do:droplet:…, do:dbaas:…): the environment signal. GET /v2/databases is never called: it answers
// each cluster's connection credentials.

const egress: ProviderEgress = {
  provider: 'digitalocean',
  base: 'https://api.digitalocean.com',
  hosts: ['api.digitalocean.com'],
  routes: [
    { method: 'GET', path: /^\/v2\/account$/ },
    { method: 'GET', path: /^\/v2\/projects$/ },
    { method: 'GET', path: /^\/v2\/projects\/[0-9a-f-]{36}\/resources$/ },
    { method: 'GET', path: /^\/v2\/droplets$/ },
  ],
};

/** Projects whose resources are listed, at most: each is one call. */
const MAX_PROJECTS = 10;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/;
const WRITE =
  'whether it holds droplet:delete / database:delete (or is a legacy full-access token, read and write on every team resource) is not determinable read-only: DigitalOcean has no token introspection (UNCONFIRMED), and probing deletes is not a read';

/** A list the token may read (200), or undefined when its scopes refuse it (403). */
async function list<T>(ctx: ResolveContext, path: string, field: string, auth: Record<string, string>, evidence: string[]): Promise<T[] | undefined> {
  const call = `GET ${path.split('?')[0]}`;
  const a: Answer = await get(ctx, egress, path, auth, evidence);
  if (a.status === 403) return undefined;
  if (a.status !== 200) throw unexpected('digitalocean', a, call);
  const items = objectOf<Record<string, unknown>>('digitalocean', a, call)[field];
  if (items !== undefined && items !== null && !Array.isArray(items)) throw unexpected('digitalocean', a, call);
  return (items ?? []) as T[];
}

interface Project {
  id: string;
  name?: string;
  environment?: string;
}

async function resolveDigitalocean(f: Finding, ctx: ResolveContext): Promise<Scope> {
  if (f.tokenKind === 'refresh-token') throw new EgressError('not resolved: an OAuth refresh token is never redeemed to test it (redeeming consumes it)');
  const evidence: string[] = [];
  const auth = { authorization: `Bearer ${f.secret}` };
  const acct = await get(ctx, egress, '/v2/account', auth, evidence);
  if (acct.status === 401) return revokedScope(f.tokenKind, evidence, 'DigitalOcean answered 401 ("Unable to authenticate you"): the token is invalid, expired or revoked');
  if (acct.status !== 200) throw unexpected('digitalocean', acct, 'GET /v2/account');
  const account = objectOf<{ account?: { email?: string; uuid?: string; status?: string; team?: { uuid?: string; name?: string } } }>('digitalocean', acct, 'GET /v2/account').account;
  if (!account) throw unexpected('digitalocean', acct, 'GET /v2/account');
  const teamRecord: Resource = account.team?.name ? { kind: 'team', name: account.team.name, bare: true } : account.email ? { kind: 'account', name: account.email, bare: true } : { kind: 'team' };
  const notes: string[] = [WRITE];

  const projects = await list<Project>(ctx, '/v2/projects?per_page=200', 'projects', auth, evidence);
  // Which clusters and Droplets sit in which project (and so which environment), from the URNs only.
  const clusters: Array<{ project: Project; env?: string }> = [];
  let resourcesRead = projects !== undefined;
  const envOf = (p: Project) => (p.environment ? reachEnvironment(p.environment, ctx.environments, p.name ?? p.id, p.id) : environmentOf(ctx, p.name, p.id));
  for (const p of (projects ?? []).filter((x) => UUID.test(x.id)).slice(0, MAX_PROJECTS)) {
    const urns = await list<{ urn?: string }>(ctx, `/v2/projects/${p.id}/resources?per_page=200`, 'resources', auth, evidence);
    if (!urns) {
      resourcesRead = false;
      continue;
    }
    for (const r of urns) if (r.urn?.startsWith('do:dbaas:')) clusters.push({ project: p, env: envOf(p) });
  }
  if ((projects?.length ?? 0) > MAX_PROJECTS) notes.push(`only the resources of the first ${MAX_PROJECTS} projects were listed`);
  const droplets = await list<{ id: number; name?: string }>(ctx, '/v2/droplets?per_page=200', 'droplets', auth, evidence);

  const destroy: Destroy[] = [];
  if (droplets) {
    destroy.push({
      action: 'DELETE /v2/droplets/{id}/destroy_with_associated_resources/dangerous',
      target: { kind: 'machine', noun: DROPLET, names: droplets.map((d) => d.name ?? String(d.id)), within: teamRecord, with: ['their snapshots, volumes and volume snapshots'] },
      destroysBackups: true,
      certainty: 'inferred',
    });
  }
  if (clusters.length) {
    for (const p of [...new Set(clusters.map((c) => c.project))]) {
      const count = clusters.filter((c) => c.project === p).length;
      const project: Resource = { kind: 'project', name: p.name ?? p.id, within: teamRecord, ...(p.environment ? { environment: p.environment.toLowerCase() } : {}) };
      destroy.push({
        action: 'DELETE /v2/databases/{uuid}',
        target: { kind: 'cluster', noun: CLUSTER, count, within: project, with: [count === 1 ? 'its automated backups' : 'their automated backups'] },
        destroysBackups: true,
        certainty: 'inferred',
      });
    }
  } else if (!resourcesRead) {
    destroy.push({
      action: 'DELETE /v2/databases/{uuid}',
      target: {
        kind: 'cluster',
        noun: CLUSTER,
        all: true,
        within: teamRecord,
        qualifier: 'not listed: the cluster list answers connection credentials, and project resources were refused',
        with: ['their automated backups'],
      },
      destroysBackups: true,
      certainty: 'inferred',
    });
  }
  if (!droplets) notes.push('it may not read Droplets, so it is taken to hold no Droplet delete scope (that a delete scope always comes with read is UNCONFIRMED)');
  const reads = [projects && 'projects', droplets && 'Droplets'].filter(Boolean) as string[];
  const refused = [!projects && 'projects', !droplets && 'Droplets'].filter(Boolean) as string[];
  return liveScope({
    tokenKind: f.tokenKind,
    identity: `${account.email ?? '?'}${account.team?.name ? ` · team ${account.team.name}` : ''}${account.status && account.status !== 'active' ? ` · account ${account.status}` : ''}`,
    environments: environments((projects ?? []).map(envOf), false),
    resources: [
      { ...teamRecord, qualifier: `reads ${reads.join(', ') || 'neither projects nor Droplets'}${refused.length ? `; refused ${refused.join(', ')}` : ''}` },
      ...(projects ?? []).map((p): Resource => ({ kind: 'project', name: p.name ?? p.id, ...(p.environment ? { environment: p.environment.toLowerCase() } : {}) })),
    ],
    destroy,
    unconfirmed: notes,
    evidence,
  });
}

// DigitalOcean's own nouns (https://docs.digitalocean.com/products/droplets/, https://docs.digitalocean.com/products/databases/).
const DROPLET = { one: 'Droplet', many: 'Droplets' };
const CLUSTER = { one: 'database cluster', many: 'database clusters' };

export default defineProvider({
  id: 'digitalocean',
  name: 'DigitalOcean',
  asks: {
    calls: '`GET /v2/account`, `/v2/projects`, project resources (URNs only), `/v2/droplets`',
    tells: 'database-cluster and Droplet deletion with backups † (never `/v2/databases`, which returns credentials)',
    docs: 'https://docs.digitalocean.com/reference/api/digitalocean/#tag/Account',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveDigitalocean,
  offline: (f) => {
    if (f.tokenKind === 'refresh-token') {
      return shapeScope({ tokenKind: f.tokenKind, because: ['an OAuth refresh token mints access tokens; redeeming it to test it would consume it'] });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'team', qualifier: "within the token's scopes" }],
      because: [
        `a DigitalOcean ${f.tokenKind}: full access, read-only or custom scopes, which the token does not say`,
        'with droplet or database delete scopes (or full access) it can destroy Droplets with their snapshots and volumes, and database clusters with their automated backups',
      ],
    });
  },
  remediation: () =>
    'Replace it with a custom-scoped token holding only the resource:action scopes the task needs (e.g. droplet:read; no droplet:delete or database:delete), with an expiry, and delete this one at https://cloud.digitalocean.com/account/api/tokens.',
});
