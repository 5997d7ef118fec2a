import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// HCP Terraform tokens belong to a user (its permissions), a team (its workspaces) or an organization
// (https://developer.hashicorp.com/terraform/cloud-docs/users-teams-organizations/api-tokens); the token does not
// say which. GET /api/v2/organizations lists the organizations it reaches, each with the caller's `permissions`
// (`can-destroy` is an owner's, https://developer.hashicorp.com/terraform/cloud-docs/api-docs/organizations); GET
// /api/v2/organizations/:org/workspaces lists workspaces with theirs (`can-destroy`, `can-queue-destroy`,
// https://developer.hashicorp.com/terraform/cloud-docs/api-docs/workspaces) — never variables or state contents.
// GET /api/v2/account/details answers only for user tokens (https://developer.hashicorp.com/terraform/cloud-docs/api-docs/account).
// Deleting a workspace deletes its state versions, the history of its infrastructure (workspaces API "Delete a
// workspace"; that no copy is kept is UNCONFIRMED); a destroy run (POST /api/v2/runs with is-destroy) destroys the
// infrastructure a workspace manages (https://developer.hashicorp.com/terraform/cloud-docs/api-docs/run).

const egress: ProviderEgress = {
  provider: 'terraform-cloud',
  base: 'https://app.terraform.io',
  hosts: ['app.terraform.io'],
  routes: [
    { method: 'GET', path: /^\/api\/v2\/organizations$/ },
    { method: 'GET', path: /^\/api\/v2\/organizations\/[A-Za-z0-9_-]{1,64}\/workspaces$/ },
    { method: 'GET', path: /^\/api\/v2\/account\/details$/ },
  ],
};

/** Workspace listings asked for at most this many organizations. */
const MAX_ORGS = 5;
const NO_COPY = "that a deleted workspace's state versions leave no copy is UNCONFIRMED (HashiCorp documents no restore)";
const INFRA = 'a destroy run destroys every resource the workspace manages, in the cloud accounts its variables reach';

interface Org {
  id?: string;
  attributes?: { name?: string; permissions?: Record<string, boolean> };
}
interface Workspace {
  id?: string;
  attributes?: { name?: string; permissions?: Record<string, boolean> };
}

const ORGS = 'GET /api/v2/organizations';

function destroyOf(org: Resource, names: string[] | undefined, owner: boolean): Destroy[] {
  const workspaces: Resource = names
    ? { kind: 'project', names, within: org, noun: { one: 'workspace', many: 'workspaces' } }
    : { kind: 'project', all: true, within: org, noun: { one: 'workspace', many: 'workspaces' } };
  return [
    { action: 'DELETE /api/v2/workspaces/:id', target: { ...workspaces, with: ['their state versions'] }, destroysBackups: true, certainty: 'inferred' },
    { action: 'POST /api/v2/runs (is-destroy)', target: { ...workspaces, qualifier: 'the infrastructure they manage' }, destroysBackups: false, certainty: 'inferred' },
    ...(owner ? [{ action: 'DELETE /api/v2/organizations/:name', target: org, destroysBackups: true, certainty: 'inferred' as const }] : []),
  ];
}

async function resolveTerraformCloud(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const headers = { authorization: `Bearer ${f.secret}`, accept: 'application/vnd.api+json' };
  const a = await get(ctx, egress, '/api/v2/organizations', headers, evidence);
  // 401 {"errors":[{"status":"401","title":"unauthorized"}]}: the API's answer to an invalid token
  // (https://developer.hashicorp.com/terraform/cloud-docs/api-docs#authentication).
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, `HCP Terraform answered 401 to ${ORGS}: the token is invalid or revoked`);
  if (a.status !== 200) throw unexpected('terraform-cloud', a, ORGS);
  const data = objectOf<{ data?: Org[] }>('terraform-cloud', a, ORGS).data;
  if (!Array.isArray(data)) throw unexpected('terraform-cloud', a, ORGS);
  const orgs = data.filter((o): o is Org & { attributes: { name: string } } => typeof o?.attributes?.name === 'string');
  const owned = orgs.filter((o) => o.attributes.permissions?.['can-destroy'] === true);
  const root = owned.length > 0;
  const destroy: Destroy[] = [];
  const signals: Array<string | undefined> = [];
  for (const o of orgs.slice(0, MAX_ORGS)) {
    const org: Resource = { kind: 'organisation', name: o.attributes.name };
    const owner = owned.includes(o);
    const w = await get(ctx, egress, `/api/v2/organizations/${encodeURIComponent(o.attributes.name)}/workspaces?page%5Bsize%5D=100`, headers, evidence);
    if (w.status !== 200) throw unexpected('terraform-cloud', w, 'GET /api/v2/organizations/:org/workspaces');
    const ws = objectOf<{ data?: Workspace[] }>('terraform-cloud', w, 'GET /api/v2/organizations/:org/workspaces').data;
    if (!Array.isArray(ws)) throw unexpected('terraform-cloud', w, 'GET /api/v2/organizations/:org/workspaces');
    const named = ws.filter((x): x is Workspace & { attributes: { name: string } } => typeof x?.attributes?.name === 'string');
    signals.push(environmentOf(ctx, o.attributes.name, o.id), ...named.map((x) => environmentOf(ctx, x.attributes.name, x.id)));
    const deletable = named.filter((x) => x.attributes.permissions?.['can-destroy'] || x.attributes.permissions?.['can-queue-destroy']).map((x) => x.attributes.name);
    if (owner) destroy.push(...destroyOf(org, undefined, true));
    else if (deletable.length) destroy.push(...destroyOf(org, deletable, false));
  }
  // A user token names its user; a team or organization token is refused here (UNCONFIRMED status, so any non-200 is "not a user").
  const me = await get(ctx, egress, '/api/v2/account/details', headers, evidence);
  const user = me.status === 200 ? (me.json as { data?: { attributes?: { username?: string } } } | undefined)?.data?.attributes?.username : undefined;
  const names = orgs.map((o) => o.attributes.name);
  return liveScope({
    tokenKind: user ? 'user-token' : 'team-or-organization-token',
    identity: `${user ? `user ${user}` : 'team or organization token'} · ${names.join(', ') || 'no organization'}`,
    root,
    environments: environments(signals, root),
    resources: [{ kind: 'organisation', names }, ...(root ? [{ kind: 'organisation' as const, names: owned.map((o) => o.attributes.name), qualifier: 'owners' }] : [])],
    destroy,
    unconfirmed: destroy.length ? [NO_COPY, INFRA] : [],
    evidence,
  });
}

export default defineProvider({
  id: 'terraform-cloud',
  name: 'HCP Terraform',
  asks: {
    calls: "`GET /api/v2/organizations` (the caller's `permissions`), each organization's workspaces (names and permissions only), `/api/v2/account/details`",
    tells: 'organization owner → root, workspace deletion with its state versions †, destroy runs †; a team token → the workspaces it may destroy',
    docs: 'https://developer.hashicorp.com/terraform/cloud-docs/api-docs/organizations',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveTerraformCloud,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'project', all: true, noun: { one: 'workspace', many: 'workspaces' }, qualifier: 'of its user, team or organization' }],
      destroy: destroyOf({ kind: 'organisation', count: 1 }, undefined, false).map(({ certainty: _c, ...d }) => d),
      because: ['an HCP Terraform API token: a user or organization token reaches every workspace its owner can, including destroy runs', NO_COPY],
    }),
  remediation: (_f, scope) =>
    `${scope.root ? "This token is an organization owner's: it can delete workspaces with their state and queue destroy runs everywhere. " : ''}Use a team token for the one set of workspaces the agent plans against (without "Apply" or destroy), or dynamic provider credentials from CI, and revoke this one at https://app.terraform.io/app/settings/tokens (team and organization tokens under the organization's Settings → API tokens).`,
});
