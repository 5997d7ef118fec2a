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

// GitLab's other token types (https://docs.gitlab.com/security/tokens/): the resolver asks the access-token API,
// which does not know them, so they are never sent; the verdict and the remediation are per type.
const OTHER_KINDS: Record<string, { because: string; remediation: string }> = {
  'deploy-token': {
    because: "a deploy token: it reads (with write scopes, pushes to) one project's or group's repositories, container registry and package registry",
    remediation: "Keep deploy tokens read-only and in CI/CD variables, out of files the agent reads; revoke this one in the project's or group's Settings → Repository → Deploy tokens.",
  },
  'runner-authentication-token': {
    because: "a runner authentication token: whoever holds it takes the runner's jobs, with their CI/CD variables and job tokens",
    remediation: "Reset the runner's authentication token (Settings → CI/CD → Runners, or POST /runners/reset_authentication_token) and keep config.toml readable by the runner's user only.",
  },
  'runner-registration-token': {
    because: "a runner registration token (deprecated): whoever holds it registers runners that take the project's or group's jobs and their CI/CD variables",
    remediation: 'Reset the registration token and move to runner authentication tokens created in the UI (glrt-), which register exactly one runner.',
  },
  'pipeline-trigger-token': {
    because: 'a pipeline trigger token: it runs pipelines on any branch of its project, as the user who created it, with the variables the caller passes',
    remediation: "Revoke the trigger token in the project's Settings → CI/CD → Pipeline trigger tokens and create a new one kept in the caller's secret store.",
  },
  'feed-token': {
    because: "a feed token: read-only, but its feeds carry the titles and descriptions of its user's private issues and merge requests",
    remediation: "Reset the feed token in the user's Access tokens settings and keep feed URLs out of files the agent reads.",
  },
  'incoming-email-token': {
    because: 'an incoming email token: it creates issues and merge requests by email as its user',
    remediation: "Reset the incoming email token in the user's Access tokens settings.",
  },
  'cluster-agent-token': {
    because: 'an agent for Kubernetes token: whoever holds it connects as the agent and receives the manifests and CI/CD access the agent is configured for',
    remediation: "Revoke the token in the project's Operate → Kubernetes clusters → the agent → Access tokens, create a new one, and keep it in a Kubernetes Secret only.",
  },
  'oauth-application-secret': {
    because: 'an OAuth application secret: with the application id it mints tokens for the users who authorise the application',
    remediation: "Renew the application's secret (User, group or Admin settings → Applications) and keep it in the application's secret store.",
  },
  'scim-token': {
    because: "a SCIM token: it provisions and deprovisions the group's users, adding and removing members",
    remediation: "Reset the SCIM token in the group's Settings → SAML SSO and keep it in the identity provider only.",
  },
  'feature-flags-client-token': {
    because: "a feature flags client token: read-only access to the project's flag names and strategies",
    remediation: "Reset the instance id in the project's Deploy → Feature flags → Configure.",
  },
  'ci-job-token': {
    because: "a CI/CD job token: valid only while its job runs, with the job's user's access to the projects on the job token allowlist",
    remediation: 'Keep job tokens out of job logs and artifacts (GitLab masks CI_JOB_TOKEN; do not echo it into files) and limit the job token allowlist to the projects the job needs.',
  },
};

export default defineProvider({
  id: 'gitlab',
  name: 'GitLab',
  asks: {
    calls: '`GET /personal_access_tokens/self`, `/user`, projects and groups (`simple=true`)',
    tells: 'admin + `api`/`sudo` → root; project deletion with `permanently_remove`',
    docs: 'https://docs.gitlab.com/api/personal_access_tokens/',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveGitlab,
  withhold: (f) => (OTHER_KINDS[f.tokenKind] ? `a GitLab ${f.tokenKind.replace(/-/g, ' ')} is not an access token, and the access-token API is all this resolver asks` : undefined),
  offline: (f) =>
    OTHER_KINDS[f.tokenKind]
      ? shapeScope({ tokenKind: f.tokenKind, because: [OTHER_KINDS[f.tokenKind].because] })
      : shapeScope({
          tokenKind: f.tokenKind,
          resources: [{ kind: 'project', also: 'organisation', all: true, accessibleTo: { kind: 'user' }, qualifier: 'a personal token; a project or group token reaches one' }],
          because: [
            "a glpat- token is a personal, project or group access token; its scopes (api, sudo, admin_mode…) and its user's role are only known from GitLab",
            'with api scope and the owner role it can delete projects, immediately with permanently_remove=true (otherwise restorable during the deletion delay)',
          ],
        }),
  remediation: (_f, scope) => {
    const other = OTHER_KINDS[scope.tokenKind];
    if (other) return other.remediation;
    const where = "revoke this one at https://gitlab.com/-/user_settings/personal_access_tokens (or the project's or group's Settings → Access tokens; self-managed: your instance)";
    if (scope.root)
      return `Never hand an agent an admin's or group owner's api token: use a project access token for the one project, limited to read_api/read_repository (a separate write token only where needed) with a short expiry, and ${where}.`;
    if (scope.tokenKind === 'project-access-token' || scope.tokenKind === 'group-access-token')
      return `Keep the access token to read_api/read_repository and the Developer role or lower (no Owner: it can delete projects), with a short expiry; ${where}.`;
    return `Replace it with a project or group access token limited to read_api/read_repository (separate read and write tokens) with a short expiry, and ${where}.`;
  },
});
