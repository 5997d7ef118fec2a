import { reachEnvironment } from '../src/context/environment.js';
import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { graphqlQueryOnly, ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { DestroyPrimitive, Finding, Resource } from '../src/types.js';

// Token kinds and reach: railwayapp/docs content/docs/integrations/api.md; destroy mutations:
// railwayapp/cli src/gql/schema.json; backup fate on volumeDelete is UNCONFIRMED
// (railwayapp/docs content/docs/volumes/backups.md says only "Wiping a volume deletes all backups").

const egress: ProviderEgress = {
  provider: 'railway',
  base: 'https://backboard.railway.com',
  hosts: ['backboard.railway.com', 'backboard.railway.app'],
  // GraphQL answers every call on one POST; only documents whose operations are all queries pass.
  routes: [{ method: 'POST', path: /^\/graphql\/v2$/, read: graphqlQueryOnly }],
};

const PROJECT = `fragment P on Project {
  id name
  environments { edges { node { id name } } }
  volumes { edges { node { id name volumeInstances { edges { node { environmentId mountPath } } } } } }
}`;
// The probing order (railwayapp/docs content/docs/integrations/api.md names the header of each token kind): project token, then account (me), then workspace (apiToken).
const Q_PROJECT_TOKEN = `query { projectToken { projectId environmentId project { ...P } environment { id name } } } ${PROJECT}`;
const Q_ME = `query { me { id email workspaces { id name projects { edges { node { ...P } } } } } } ${PROJECT}`;
const Q_API_TOKEN = `query { apiToken { workspaces { id name } } }`;
const Q_WORKSPACE = `query($id: String!) { workspace(workspaceId: $id) { id name projects { edges { node { ...P } } } } } ${PROJECT}`;

interface Edge<T> {
  edges: Array<{ node: T }>;
}
interface Project {
  id: string;
  name: string;
  environments: Edge<{ id: string; name: string }>;
  volumes: Edge<{ id: string; name: string; volumeInstances: Edge<{ environmentId: string; mountPath: string }> }>;
}
type Gql<T> = { data?: T; errors?: Array<{ message: string }> };

/** Railway answers 200 with an `errors` array; "Not Authorized" is its invalid-credential answer (railwayapp/cli src/client.rs). */
async function query<T>(ctx: ResolveContext, headers: Record<string, string>, q: string, evidence: string[], variables?: Record<string, string>) {
  const a = await ctx.egress.request(egress, {
    method: 'POST',
    path: '/graphql/v2',
    headers: { 'content-type': 'application/json', ...headers },
    body: JSON.stringify({ query: q, variables }),
    evidence,
  });
  const body = a.json as Gql<T> | undefined;
  if (!body || typeof body !== 'object') throw new ProviderError(`railway: unexpected response (HTTP ${a.status})`);
  const notAuthorized = (body.errors ?? []).some((e) => /not authori[sz]ed/i.test(e.message));
  if (a.status === 401 || notAuthorized) return { denied: true as const };
  if (a.status !== 200 || body.errors?.length || !body.data) throw new ProviderError(`railway: unexpected response (HTTP ${a.status}${body.errors?.length ? `: ${body.errors[0].message}` : ''})`);
  return { denied: false as const, data: body.data };
}

function envName(id: string, project: Project, ctx: ResolveContext): string {
  const e = project.environments.edges.find((x) => x.node.id === id)?.node;
  return e ? reachEnvironment(e.name, ctx.environments, project.name, `${project.name}/${e.name}`, e.id) : 'unknown';
}

const BACKUPS =
  'that deleting a volume (volumeDelete, or a whole project) takes its backups with it is UNCONFIRMED in Railway\'s API docs ("Wiping a volume deletes all backups"; in the April 2026 incident the backups went with the volume)';

function volumes(projects: Project[], ctx: ResolveContext, onlyEnv?: string): Array<Omit<DestroyPrimitive, 'certainty'> & { certainty: DestroyPrimitive['certainty'] }> {
  const out = [];
  for (const p of projects) {
    for (const { node: v } of p.volumes.edges) {
      for (const { node: vi } of v.volumeInstances.edges) {
        if (onlyEnv && vi.environmentId !== onlyEnv) continue;
        const target: Resource = {
          kind: 'volume',
          name: v.name,
          id: v.id,
          aside: vi.mountPath,
          within: { kind: 'project', name: p.name, id: p.id, bare: true },
          environment: envName(vi.environmentId, p, ctx),
        };
        out.push({ action: 'volumeDelete', target, destroysBackups: true, certainty: 'inferred' as const });
      }
    }
  }
  return out;
}

function rootScope(kind: string, identity: string, projects: Project[], ctx: ResolveContext, evidence: string[]) {
  const environments = [...new Set(projects.flatMap((p) => p.environments.edges.map((e) => envName(e.node.id, p, ctx))))];
  return liveScope({
    tokenKind: kind,
    identity,
    root: true,
    environments: environments.length ? environments : ['*'],
    resources: projects.length ? [{ kind: 'project', names: projects.map((p) => p.name) }] : [{ kind: 'project', all: true, within: { kind: 'account' } }],
    destroy: [
      ...volumes(projects, ctx),
      { action: 'environmentDelete', target: { kind: 'environment', all: true, names: environments }, destroysBackups: false },
      { action: 'serviceDelete', target: { kind: 'service', all: true }, destroysBackups: false },
      { action: 'projectDelete', target: projects.length ? { kind: 'project', names: projects.map((p) => p.name) } : { kind: 'project', all: true }, destroysBackups: true, certainty: 'inferred' },
    ],
    unconfirmed: [BACKUPS],
    evidence,
  });
}

async function resolveRailway(f: Finding, ctx: ResolveContext) {
  const evidence: string[] = [];
  const pt = await query<{ projectToken: { projectId: string; environmentId: string; project: Project; environment: { id: string; name: string } } | null }>(
    ctx,
    { 'project-access-token': f.secret },
    Q_PROJECT_TOKEN,
    evidence,
  );
  if (!pt.denied && pt.data.projectToken) {
    const t = pt.data.projectToken;
    const env = envName(t.environmentId, t.project, ctx);
    return liveScope({
      tokenKind: 'project-token',
      identity: `project ${t.project.name}, environment ${t.environment.name}`,
      environments: [env],
      resources: [{ kind: 'environment', name: t.environment.name, id: t.environmentId, within: { kind: 'project', name: t.project.name, id: t.projectId } }],
      destroy: [
        ...volumes([t.project], ctx, t.environmentId),
        {
          action: 'serviceDelete',
          target: { kind: 'service', all: true, within: { kind: 'environment', name: t.environment.name, within: { kind: 'project', name: t.project.name } } },
          destroysBackups: false,
          certainty: 'inferred' as const,
        },
      ],
      unconfirmed: ['which destroy calls a project token may make in its environment is UNCONFIRMED (Railway documents only deployment actions)', BACKUPS],
      evidence,
    });
  }
  const bearer = { authorization: `Bearer ${f.secret}` };
  const me = await query<{ me: { id: string; email: string; workspaces: Array<{ id: string; name: string; projects: Edge<Project> }> } | null }>(ctx, bearer, Q_ME, evidence);
  if (!me.denied && me.data.me) {
    const projects = me.data.me.workspaces.flatMap((w) => w.projects.edges.map((e) => e.node));
    return rootScope('account-token', me.data.me.email, projects, ctx, evidence);
  }
  const at = await query<{ apiToken: { workspaces: Array<{ id: string; name: string }> } | null }>(ctx, bearer, Q_API_TOKEN, evidence);
  if (!at.denied && at.data.apiToken) {
    const projects: Project[] = [];
    for (const w of at.data.apiToken.workspaces) {
      const ws = await query<{ workspace: { projects: Edge<Project> } | null }>(ctx, bearer, Q_WORKSPACE, evidence, { id: w.id });
      if (!ws.denied && ws.data.workspace) projects.push(...ws.data.workspace.projects.edges.map((e) => e.node));
    }
    return rootScope('workspace-token', `workspace ${at.data.apiToken.workspaces.map((w) => w.name).join(', ')}`, projects, ctx, evidence);
  }
  // Every token kind was tried and each answered "Not Authorized": Railway's invalid-credential answer.
  // A kind answered with null and no error (`data: { me: null }`) is not that answer: unknown, never revoked.
  if (!pt.denied || !me.denied || !at.denied) {
    const nulls = [!pt.denied && 'projectToken', !me.denied && 'me', !at.denied && 'apiToken'].filter(Boolean).join(', ');
    throw new ProviderError(`railway: answered null for ${nulls} without a "Not Authorized" error: neither live nor revoked`);
  }
  return revokedScope(f.tokenKind, evidence, 'Railway answered "Not Authorized" as project, account and workspace token');
}

/** `shop / production` for a project token's environment; offline, only its kind is known. */
function projectEnvironment(r: Resource | undefined): string {
  return r?.name && r.within?.name ? `${r.within.name} / ${r.name}` : 'one environment of one project';
}

export default defineProvider({
  id: 'railway',
  name: 'Railway',
  asks: {
    calls: 'GraphQL *queries* only, in the documented order: `projectToken` (`Project-Access-Token`), `me`, `apiToken` (Bearer)',
    tells:
      'project token → its project and environment, destroy calls in it †; account/workspace token → root, every environment reached, each volume by name (`volumeDelete`; its backups going too †)',
    docs: 'https://docs.railway.com/reference/public-api',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveRailway,
  offline: (f) => {
    if (f.tokenKind === 'account-or-workspace-token') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: [{ kind: 'project', also: 'environment', all: true, within: { kind: 'account', or: 'workspace' } }],
        destroy: [
          { action: 'volumeDelete', target: { kind: 'volume', all: true, within: { kind: 'project', all: true }, environment: '*' }, destroysBackups: true },
          { action: 'environmentDelete', target: { kind: 'environment', all: true }, destroysBackups: false },
          { action: 'projectDelete', target: { kind: 'project', all: true }, destroysBackups: true },
          { action: 'serviceDelete', target: { kind: 'service', all: true }, destroysBackups: false },
        ],
        because: [`${f.context.variable ?? 'its place'} holds an account or workspace token (Railway sends RAILWAY_API_TOKEN as a Bearer token, which reaches every project and environment)`, BACKUPS],
      });
    }
    if (f.tokenKind === 'project-token') {
      return shapeScope({
        tokenKind: f.tokenKind,
        environments: [],
        resources: [{ kind: 'environment', count: 1, within: { kind: 'project', count: 1 } }],
        because: ['RAILWAY_TOKEN holds a project token, scoped to one environment of one project; which destroy calls it may make is UNCONFIRMED'],
      });
    }
    return shapeScope({ tokenKind: f.tokenKind, because: ['a Railway token whose kind only Railway can tell (project, workspace or account)'] });
  },
  remediation: (f, scope) =>
    (scope.tokenKind === 'project-token'
      ? `Keep project tokens to the one environment the file belongs to (this one reaches ${projectEnvironment(scope.reach.resources[0])}); rotate it under Project Settings → Tokens.`
      : 'Replace it with a Railway project token created under the one environment this workspace deploys (Project Settings → Tokens; sent as RAILWAY_TOKEN), and revoke this token at https://railway.com/account/tokens.') +
    (f.tokenKind === 'project-token' || scope.tokenKind === 'project-token' ? '' : ' Seal production variables and restrict the production environment (Environment RBAC).'),
});
