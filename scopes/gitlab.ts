import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { baseUrl, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Scope, Resource } from '../src/types.js';
import { arrayOf, environmentOf, environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// glpat- is shared by personal, project and group access tokens; scopes and owner come from
// GET /personal_access_tokens/self (https://docs.gitlab.com/api/personal_access_tokens/; python-gitlab
// personal_access_tokens.get("self")); the user and is_admin from GET /user; roles per project from
// GET /projects?min_access_level (gitlab-foss 6d72bb38). Access levels: 30 developer, 40 maintainer, 50 owner
// (https://docs.gitlab.com/ee/api/access_requests.html). Project deletion is delayed (restorable) by default;
// permanently_remove=true skips the delay (gitlab MR 116957). Self-managed: ABR_ENDPOINT_GITLAB.

const egress: ProviderEgress = {
  provider: 'gitlab',
  base: 'https://gitlab.com',
  hosts: ['gitlab.com'],
  routes: [
    { method: 'GET', path: /^\/api\/v4\/personal_access_tokens\/self$/ },
    { method: 'GET', path: /^\/api\/v4\/user$/ },
    { method: 'GET', path: /^\/api\/v4\/projects$/ },
    { method: 'GET', path: /^\/api\/v4\/groups$/ },
  ],
};

const PER_PAGE = 100;
const OWNER = 50;

interface TokenSelf {
  id?: number;
  name?: string;
  revoked?: boolean;
  active?: boolean;
  scopes?: string[];
  user_id?: number;
  expires_at?: string | null;
}
interface User {
  id: number;
  username: string;
  is_admin?: boolean;
  bot?: boolean;
}
interface Project {
  id: number;
  path_with_namespace: string;
}
interface Group {
  id: number;
  full_path: string;
  parent_id: number | null;
}

/** Project and group access tokens act through a bot user named project_<id>_bot_… / group_<id>_bot_… (GitLab docs, project access tokens → bot users). */
function kindOf(user: User | undefined, fallback: string): string {
  if (!user) return fallback;
  if (/^project_\d+_bot/.test(user.username)) return 'project-access-token';
  if (/^group_\d+_bot/.test(user.username)) return 'group-access-token';
  return user.bot ? 'access-token' : 'personal-access-token';
}

async function resolveGitlab(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const auth = { 'private-token': f.secret };
  const host = baseUrl(egress, ctx.egress.opts.env).url.host;
  // 401 is GitLab's answer for an invalid, revoked or expired token ("401 Unauthorized", "Token was revoked").
  const selfA = await get(ctx, egress, '/api/v4/personal_access_tokens/self', auth, evidence);
  if (selfA.status === 401) return revokedScope(f.tokenKind, evidence, 'GitLab answered 401: the token is invalid, revoked or expired');
  if (selfA.status !== 200) throw unexpected('gitlab', selfA, 'GET /personal_access_tokens/self');
  const self = objectOf<TokenSelf>('gitlab', selfA, 'GET /personal_access_tokens/self');
  if (self.revoked === true || self.active === false) return revokedScope(f.tokenKind, evidence, `GitLab reports the token ${self.revoked ? 'revoked' : 'inactive'}`);
  const scopes = self.scopes ?? [];
  const has = (s: string) => scopes.includes(s);
  const notes: string[] = [];

  let user: User | undefined;
  if (has('api') || has('read_api') || has('read_user')) {
    const u = await get(ctx, egress, '/api/v4/user', auth, evidence);
    // 403 here: a blocked account ("Your account has been blocked") or a scope GitLab refuses.
    if (u.status === 200) user = objectOf<User>('gitlab', u, 'GET /user');
    else if (u.status === 403) notes.push('GET /user answered 403: the account may be blocked');
    else throw unexpected('gitlab', u, 'GET /user');
  } else notes.push(`its scopes (${scopes.join(', ') || 'none'}) do not read its user, so its owner and admin status are unknown`);

  let projects: Project[] | undefined;
  let ownedProjects: Project[] = [];
  let groups: Group[] | undefined;
  if (has('api') || has('read_api')) {
    // Developer and up (can push), then owner (can delete). simple=true: full project answers may carry
    // runners_token for maintainers, a downstream secret this tool never fetches.
    const p = await get(ctx, egress, `/api/v4/projects?min_access_level=30&simple=true&per_page=${PER_PAGE}`, auth, evidence);
    if (p.status !== 200) throw unexpected('gitlab', p, 'GET /projects');
    projects = arrayOf<Project>('gitlab', p, 'GET /projects');
    const o = await get(ctx, egress, `/api/v4/projects?min_access_level=${OWNER}&simple=true&per_page=${PER_PAGE}`, auth, evidence);
    if (o.status !== 200) throw unexpected('gitlab', o, 'GET /projects');
    ownedProjects = arrayOf<Project>('gitlab', o, 'GET /projects');
    const g = await get(ctx, egress, `/api/v4/groups?min_access_level=${OWNER}&per_page=${PER_PAGE}`, auth, evidence);
    if (g.status !== 200) throw unexpected('gitlab', g, 'GET /groups');
    groups = arrayOf<Group>('gitlab', g, 'GET /groups');
    if (projects.length >= PER_PAGE || groups.length >= PER_PAGE) notes.push(`only the first ${PER_PAGE} projects and groups were read`);
  } else notes.push(`its scopes (${scopes.join(', ') || 'none'}) cannot list projects, so its reach is unknown`);

  const kind = kindOf(user, f.tokenKind);
  const owned = ownedProjects.map((p) => p.path_with_namespace);
  const pushes = (projects ?? []).map((p) => p.path_with_namespace);
  const topGroups = (groups ?? []).filter((g) => g.parent_id === null).map((g) => g.full_path);
  const admin = user?.is_admin === true;
  let reachInferred = false;
  const why: string[] = [];
  if (admin && (has('api') || has('sudo'))) {
    why.push(`${user!.username} is an instance administrator and the token holds ${['api', 'sudo', 'admin_mode'].filter(has).join(' + ')}`);
    if (!has('admin_mode')) {
      notes.push('without the admin_mode scope its admin powers depend on whether the instance enforces Admin Mode, which is not read');
      reachInferred = true;
    }
  }
  if (has('api') && topGroups.length) why.push(`api while an owner of the top-level group${topGroups.length === 1 ? '' : 's'} ${topGroups.join(', ')}`);
  const root = why.length > 0;

  const instance: Resource = { kind: 'instance', name: host };
  const destroy: Destroy[] = [];
  if (has('api') && admin) {
    destroy.push({ action: 'DELETE /api/v4/projects/:id (permanently_remove=true)', target: { kind: 'project', all: true, within: instance }, destroysBackups: true });
    destroy.push({ action: 'DELETE /api/v4/users/:id', target: { kind: 'user', all: true, within: instance }, destroysBackups: false });
  } else if (has('api') && owned.length) {
    destroy.push({ action: 'DELETE /api/v4/projects/:id (permanently_remove=true)', target: { kind: 'project', names: owned }, destroysBackups: true });
  }
  if (destroy.length) notes.push('a deleted project is restorable until its deletion delay ends, but permanently_remove=true deletes it at once; instance backups (self-managed) are out of band');

  const resources: Resource[] = [
    ...(root
      ? [
          admin
            ? { ...instance, access: ['administrator'] }
            : ({ kind: 'project', all: true, within: { kind: 'organisation', noun: { one: 'top-level group', many: 'top-level groups' }, names: topGroups }, access: ['owner'] } satisfies Resource),
        ]
      : []),
    projects === undefined
      ? { kind: 'project', all: true, within: { kind: 'user', name: user?.username ?? '?' }, qualifier: 'not listable with its scopes' }
      : { kind: 'project', names: pushes, access: ['push access'] },
    ...(owned.length ? [{ kind: 'project', names: owned, access: ['owner'] } satisfies Resource] : []),
  ];
  return liveScope({
    tokenKind: kind,
    identity: [
      `${user?.username ?? `user ${self.user_id ?? '?'}`}${admin ? ' (admin)' : ''} on ${host}`,
      `token ${self.name ?? self.id ?? '?'}`,
      `scopes: ${scopes.join(', ') || 'none'}`,
      ...(self.expires_at ? [`expires ${self.expires_at}`] : []),
      ...(root ? [`root by ${why.join('; ')}`] : []),
    ].join(' · '),
    root,
    environments: environments([...pushes.map((p) => environmentOf(ctx, p)), ...topGroups.map((g) => environmentOf(ctx, g))], root),
    resources,
    destroy,
    unconfirmed: notes,
    reachInferred,
    evidence,
  });
}

export default defineProvider({
  id: 'gitlab',
  name: 'GitLab',
  hosts: egress.hosts,
  egress,
  resolve: resolveGitlab,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'project', also: 'organisation', all: true, accessibleTo: { kind: 'user' }, qualifier: 'a personal token; a project or group token reaches one' }],
      because: [
        "a glpat- token is a personal, project or group access token; its scopes (api, sudo, admin_mode…) and its user's role are only known from GitLab",
        'with api scope and the owner role it can delete projects, immediately with permanently_remove=true (otherwise restorable during the deletion delay)',
      ],
    }),
  remediation: (_f, scope) => {
    const where = "revoke this one at https://gitlab.com/-/user_settings/personal_access_tokens (or the project's or group's Settings → Access tokens; self-managed: your instance)";
    if (scope.root)
      return `Never hand an agent an admin's or group owner's api token: use a project access token for the one project, limited to read_api/read_repository (a separate write token only where needed) with a short expiry, and ${where}.`;
    if (scope.tokenKind === 'project-access-token' || scope.tokenKind === 'group-access-token')
      return `Keep the access token to read_api/read_repository and the Developer role or lower (no Owner: it can delete projects), with a short expiry; ${where}.`;
    return `Replace it with a project or group access token limited to read_api/read_repository (separate read and write tokens) with a short expiry, and ${where}.`;
  },
});
