import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// Pulumi Cloud access tokens (pul-) are personal (they act as their user in every organization of the user),
// organization or team tokens (https://www.pulumi.com/docs/pulumi-cloud/access-management/access-tokens/). The REST
// API authenticates with `Authorization: token …` (https://www.pulumi.com/docs/pulumi-cloud/reference/cloud-rest-api/):
// GET /api/user names the user and its organizations; GET /api/user/stacks lists the stacks it can reach
// (org/project/stack, https://www.pulumi.com/docs/pulumi-cloud/reference/cloud-rest-api/stacks/) — never their
// state, outputs or configuration secrets. DELETE /api/stacks/{org}/{project}/{stack} removes a stack with its
// update history (its state checkpoints, the only way back to earlier infrastructure); a destroy deployment
// destroys the stack's cloud resources with the credentials the stack's deployment settings hold. The user's role
// in each organization, and so which stacks it may delete, is not readable through a documented call (UNCONFIRMED).

const egress: ProviderEgress = {
  provider: 'pulumi',
  base: 'https://api.pulumi.com',
  hosts: ['api.pulumi.com'],
  routes: [
    { method: 'GET', path: /^\/api\/user$/ },
    { method: 'GET', path: /^\/api\/user\/stacks$/ },
  ],
};

const ROLE = "the token's role in each organization (admin or member), and so which of these stacks it may delete, is not readable through a documented call (UNCONFIRMED)";
const HISTORY = 'that removing a stack takes its whole update history (the state checkpoints) with it, leaving no copy, is UNCONFIRMED';

interface Stack {
  orgName?: string;
  projectName?: string;
  stackName?: string;
}

function destroyOf(stacks: Resource): Destroy[] {
  return [
    { action: 'DELETE /api/stacks/{org}/{project}/{stack}', target: { ...stacks, with: ['their update history and state checkpoints'] }, destroysBackups: true, certainty: 'inferred' },
    { action: 'POST /api/stacks/{org}/{project}/{stack}/deployments (destroy)', target: { ...stacks, qualifier: 'the cloud resources they manage' }, destroysBackups: false, certainty: 'inferred' },
  ];
}

async function resolvePulumi(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const headers = { authorization: `token ${f.secret}` };
  const a = await get(ctx, egress, '/api/user', headers, evidence);
  // 401 is the Cloud API's answer to an invalid or deleted token (https://www.pulumi.com/docs/pulumi-cloud/reference/cloud-rest-api/#authentication).
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, 'Pulumi Cloud answered 401 to GET /api/user: the token is invalid or deleted');
  if (a.status !== 200) throw unexpected('pulumi', a, 'GET /api/user');
  const user = objectOf<{ githubLogin?: string; name?: string; organizations?: Array<{ githubLogin?: string; name?: string }> }>('pulumi', a, 'GET /api/user');
  if (typeof user.githubLogin !== 'string' || !Array.isArray(user.organizations)) throw unexpected('pulumi', a, 'GET /api/user');
  const orgs = user.organizations.flatMap((o) => (typeof o?.githubLogin === 'string' ? [o.githubLogin] : []));
  const s = await get(ctx, egress, '/api/user/stacks', headers, evidence);
  if (s.status !== 200) throw unexpected('pulumi', s, 'GET /api/user/stacks');
  const list = objectOf<{ stacks?: Stack[] }>('pulumi', s, 'GET /api/user/stacks').stacks;
  if (!Array.isArray(list)) throw unexpected('pulumi', s, 'GET /api/user/stacks');
  const stacks = list.filter((x): x is Required<Stack> => typeof x?.orgName === 'string' && typeof x.projectName === 'string' && typeof x.stackName === 'string');
  const names = stacks.map((x) => `${x.orgName}/${x.projectName}/${x.stackName}`);
  const signals = stacks.map((x) => environmentOf(ctx, x.stackName, `${x.orgName}/${x.projectName}/${x.stackName}`) ?? environmentOf(ctx, x.projectName));
  // A personal token acts as its user everywhere; an organization or team token's /api/user names the organization itself (UNCONFIRMED).
  const personal = !orgs.every((o) => o === user.githubLogin) || orgs.length === 0;
  const root = personal && orgs.length > 0;
  const target: Resource = names.length ? { kind: 'project', names, noun: { one: 'stack', many: 'stacks' }, bare: true } : { kind: 'project', all: true, noun: { one: 'stack', many: 'stacks' } };
  return liveScope({
    tokenKind: personal ? 'personal-token' : 'organization-or-team-token',
    identity: `${user.githubLogin} · ${orgs.length ? `organizations ${orgs.join(', ')}` : 'no organization'} · ${stacks.length} stack${stacks.length === 1 ? '' : 's'}`,
    root,
    reachInferred: true,
    environments: environments(signals, root),
    resources: [{ kind: 'organisation', names: orgs }, target],
    destroy: stacks.length || root ? destroyOf(target) : [],
    unconfirmed: [ROLE, HISTORY],
    evidence,
  });
}

export default defineProvider({
  id: 'pulumi',
  name: 'Pulumi',
  asks: {
    calls: '`GET /api/user`, `/api/user/stacks` (`Authorization: token`; names only, never state or config)',
    tells: "personal token → root of its user's organizations †, each stack by name and environment, stack removal with its update history †, destroy deployments †",
    docs: 'https://www.pulumi.com/docs/pulumi-cloud/reference/cloud-rest-api/',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolvePulumi,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'project', all: true, noun: { one: 'stack', many: 'stacks' }, qualifier: 'of its user, organization or team' }],
      destroy: destroyOf({ kind: 'project', all: true, noun: { one: 'stack', many: 'stacks' } }).map(({ certainty: _c, ...d }) => d),
      because: ['a Pulumi access token: a personal token acts as its user on every stack of every organization of the user, including stack removal and destroy deployments', HISTORY],
    }),
  remediation: (_f, scope) =>
    `${scope.root ? 'A personal token acts as its user in every organization. ' : ''}Give the agent a team token (Pulumi Cloud → Settings → Access Tokens) for a team that holds only the non-production stacks it previews, or OIDC-issued short-lived tokens in CI, and delete this token at https://app.pulumi.com/account/tokens.`,
});
