import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { graphqlQueryOnly, ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, environments, unexpected, type Destroy } from './lib/saas-read.js';

// Linear's API is GraphQL at https://api.linear.app/graphql; a personal API key goes in the Authorization header as
// it is (https://linear.app/developers/graphql#personal-api-keys). One query reads the key's user (`viewer`, with
// `admin`), its workspace (`organization`) and the teams it reaches (https://linear.app/developers/graphql). A key
// acts as its user, and may have been limited to some permissions and teams when created (https://linear.app/docs/api-and-webhooks):
// those limits are not readable through the API (UNCONFIRMED), so what it may delete rests on its user's role.
// issueDelete moves an issue to the trash, restorable for 30 days (https://linear.app/docs/delete-archive-issues);
// teamDelete and projectDelete take their issues with them (UNCONFIRMED whether they are restorable).

const egress: ProviderEgress = {
  provider: 'linear',
  base: 'https://api.linear.app',
  hosts: ['api.linear.app'],
  routes: [{ method: 'POST', path: /^\/graphql$/, read: graphqlQueryOnly }],
};

const QUERY = 'query { viewer { id name email admin } organization { id name urlKey } teams(first: 100) { nodes { id key name } } }';
const LIMITS = "a key's own permission and team limits are not readable through Linear's API (UNCONFIRMED): the verdict rests on its user's role";
const RESTORE = 'that a deleted team or project cannot be restored (unlike an issue, which the trash keeps for 30 days) is UNCONFIRMED';

interface Answer {
  viewer?: { name?: string; email?: string; admin?: boolean };
  organization?: { name?: string; urlKey?: string };
  teams?: { nodes?: Array<{ key?: string; name?: string }> };
}

function destroyOf(workspace: Resource, teams: Resource, admin: boolean): Destroy[] {
  return [
    {
      action: 'issueDelete',
      target: { kind: 'data', all: true, within: teams, noun: { one: 'issue', many: 'issues' }, qualifier: 'to the trash for 30 days' },
      destroysBackups: false,
      certainty: 'inferred',
    },
    { action: 'projectDelete', target: { kind: 'project', all: true, within: workspace }, destroysBackups: false, certainty: 'inferred' },
    ...(admin ? [{ action: 'teamDelete', target: { ...teams, with: ['their issues'] }, destroysBackups: true, certainty: 'inferred' as const }] : []),
  ];
}

async function resolveLinear(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const a = await ctx.egress.request(egress, {
    method: 'POST',
    path: '/graphql',
    headers: { 'content-type': 'application/json', authorization: f.secret },
    body: JSON.stringify({ query: QUERY }),
    evidence,
  });
  const body = a.json as { data?: Answer; errors?: Array<{ message?: string; extensions?: { code?: string } }> } | undefined;
  // Linear answers an unknown or revoked key with a GraphQL error whose extensions.code is AUTHENTICATION_ERROR
  // (HTTP 400 or 401; https://linear.app/developers/graphql#errors — the status is UNCONFIRMED, the code is what counts).
  if ((a.status === 400 || a.status === 401) && body?.errors?.some((e) => e?.extensions?.code === 'AUTHENTICATION_ERROR'))
    return revokedScope(f.tokenKind, evidence, 'Linear answered AUTHENTICATION_ERROR to the viewer query: the key is invalid or revoked');
  if (a.status !== 200) throw unexpected('linear', a, 'POST /graphql');
  const d = body?.data;
  if (!d?.viewer || typeof d.organization?.name !== 'string' || body?.errors?.length) throw new ProviderError(`linear: unexpected answer to the viewer query (HTTP ${a.status})`, a.status);
  const admin = d.viewer.admin === true;
  const teamNames = (d.teams?.nodes ?? []).flatMap((t) => (typeof t?.name === 'string' ? [t.name] : []));
  const workspace: Resource = { kind: 'workspace', name: d.organization.name, id: d.organization.urlKey };
  const teams: Resource = teamNames.length ? { kind: 'team', names: teamNames, within: workspace } : { kind: 'team', all: true, within: workspace };
  const signals = [environmentOf(ctx, d.organization.name, d.organization.urlKey), ...teamNames.map((t) => environmentOf(ctx, t))];
  return liveScope({
    tokenKind: 'personal-api-key',
    identity: `${d.viewer.email ?? d.viewer.name ?? 'a user'} · ${d.organization.name}${admin ? ' (admin)' : ''}`,
    root: admin,
    reachInferred: true,
    environments: environments(signals, admin),
    resources: [workspace, teams],
    destroy: destroyOf(workspace, teams, admin),
    unconfirmed: [LIMITS, RESTORE],
    evidence,
  });
}

export default defineProvider({
  id: 'linear',
  name: 'Linear',
  asks: {
    calls: 'one GraphQL *query*: `viewer` (with `admin`), `organization`, `teams`',
    tells: "admin's key → root of the workspace †, team deletion with its issues †; a key's own permission and team limits are not readable †",
    docs: 'https://linear.app/developers/graphql',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveLinear,
  offline: (f) => {
    const workspace: Resource = { kind: 'workspace', count: 1 };
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'team', all: true, within: workspace }],
      destroy: destroyOf(workspace, { kind: 'team', all: true, within: workspace }, false).map(({ certainty: _c, ...d }) => d),
      because: ['a Linear personal API key: it acts as its user in every team it is not restricted from, deleting issues and projects included', LIMITS],
    });
  },
  remediation: (_f, scope) =>
    `${scope.root ? "This key's user is a workspace admin. " : ''}Create a key with Read permission and only the teams the agent needs (Settings → Security & access → Personal API keys), kept out of files it reads, and revoke this one at https://linear.app/settings/account/security.`,
});
