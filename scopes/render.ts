import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { arrayOf, environmentOf, environments, get, unexpected, type Destroy } from './lib/saas-read.js';

// "An API key provides access to all workspaces you belong to" (https://api-docs.render.com/reference/authentication):
// every key is root of its user's workspaces, and Render keys cannot be narrowed. GET /v1/owners lists those
// workspaces (https://api-docs.render.com/reference/list-owners); GET /v1/postgres lists Postgres databases by name
// (https://api-docs.render.com/reference/list-postgres) — never their connection info, which carries passwords
// (/v1/postgres/{id}/connection-info is not on the allowlist), nor services' environment variables. An invalid key is
// 401. DELETE /v1/postgres/{id} deletes a database; that its backups (point-in-time recovery, exports) go with it is
// UNCONFIRMED in the API reference. DELETE /v1/services/{id} and /v1/key-value/{id} delete services and Key Value instances.

const egress: ProviderEgress = {
  provider: 'render',
  base: 'https://api.render.com',
  hosts: ['api.render.com'],
  routes: [
    { method: 'GET', path: /^\/v1\/owners$/ },
    { method: 'GET', path: /^\/v1\/postgres$/ },
  ],
};

const BACKUPS = "that deleting a Render Postgres database takes its backups (point-in-time recovery) with it is UNCONFIRMED in Render's API reference";

function destroyOf(workspaces: Resource, databases: Resource): Destroy[] {
  return [
    { action: 'DELETE /v1/postgres/{postgresId}', target: { ...databases, with: ['their backups'] }, destroysBackups: true, certainty: 'inferred' },
    { action: 'DELETE /v1/services/{serviceId}', target: { kind: 'service', all: true, within: workspaces }, destroysBackups: false },
    {
      action: 'DELETE /v1/key-value/{keyValueId}',
      target: { kind: 'database', all: true, within: workspaces, noun: { one: 'Key Value instance', many: 'Key Value instances' } },
      destroysBackups: false,
    },
  ];
}

async function resolveRender(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const headers = { authorization: `Bearer ${f.secret}` };
  const a = await get(ctx, egress, '/v1/owners?limit=100', headers, evidence);
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, 'Render answered 401 to GET /v1/owners: the key is invalid or revoked');
  if (a.status !== 200) throw unexpected('render', a, 'GET /v1/owners');
  const owners = arrayOf<{ owner?: { id?: string; name?: string; email?: string; type?: string } }>('render', a, 'GET /v1/owners').flatMap((x) =>
    typeof x?.owner?.name === 'string' ? [x.owner] : [],
  );
  const p = await get(ctx, egress, '/v1/postgres?limit=100', headers, evidence);
  if (p.status !== 200) throw unexpected('render', p, 'GET /v1/postgres');
  const dbs = arrayOf<{ postgres?: { id?: string; name?: string } }>('render', p, 'GET /v1/postgres').flatMap((x) => (typeof x?.postgres?.name === 'string' ? [x.postgres.name] : []));
  const workspaces: Resource = { kind: 'workspace', names: owners.map((o) => o.name as string) };
  const databases: Resource = dbs.length ? { kind: 'database', names: dbs, within: workspaces } : { kind: 'database', all: true, within: workspaces };
  const user = owners.find((o) => o.type === 'user')?.email;
  return liveScope({
    tokenKind: 'api-key',
    identity: `${user ?? 'API key'} · ${owners.length} workspace${owners.length === 1 ? '' : 's'}`,
    root: true,
    environments: environments([...owners.map((o) => environmentOf(ctx, o.name, o.id)), ...dbs.map((d) => environmentOf(ctx, d))], true),
    resources: [workspaces, databases],
    destroy: destroyOf(workspaces, databases),
    unconfirmed: [BACKUPS],
    evidence,
  });
}

export default defineProvider({
  id: 'render',
  name: 'Render',
  asks: {
    calls: '`GET /v1/owners`, `/v1/postgres` (names only; never connection info or env vars)',
    tells: "every key → root of its user's workspaces (keys cannot be narrowed), each Postgres database by name, deletion with its backups †",
    docs: 'https://api-docs.render.com/reference/list-owners',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveRender,
  offline: (f) => {
    const workspaces: Resource = { kind: 'workspace', all: true, qualifier: 'of its user' };
    return shapeScope({
      tokenKind: f.tokenKind,
      root: true,
      environments: ['*'],
      resources: [workspaces],
      destroy: destroyOf(workspaces, { kind: 'database', all: true, within: workspaces }).map(({ certainty: _c, ...d }) => d),
      because: ['a Render API key: it acts as its user in every workspace the user belongs to (Render keys cannot be narrowed)', BACKUPS],
    });
  },
  remediation: () =>
    'Render API keys cannot be narrowed: keep this one out of the workspace (the deploy hook URL of one service is enough for deploys) and revoke it under Account Settings > API Keys (https://dashboard.render.com/u/settings#api-keys).',
});
