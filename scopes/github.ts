import { defineProvider, liveScope, revokedScope, shapeScope, type OnlineVerdict, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, ProviderError, type Answer, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf } from './lib/saas-read.js';
import { own } from '../src/context/own.js';

// Token kinds: GitHub changelog 2021-03-31; reach of classic tokens ("every repository that you can
// access"): github/docs managing-your-personal-access-tokens.md. Scope meanings: github/docs
// scopes-for-oauth-apps.md. A token is root-like when it administers an organisation, an enterprise or the instance
// (admin:org, admin:enterprise, site_admin) or can rewrite an organisation's workflows while an admin (repo + workflow).

const egress: ProviderEgress = {
  provider: 'github',
  // GHES: ABR_ENDPOINT_GITHUB=https://ghe.example.com/api/v3 — paths below are relative to the base.
  base: 'https://api.github.com',
  hosts: ['api.github.com'],
  routes: [
    { method: 'GET', path: /^\/user$/ },
    { method: 'GET', path: /^\/user\/orgs$/ },
    { method: 'GET', path: /^\/user\/memberships\/orgs$/ },
    { method: 'GET', path: /^\/user\/repos$/ },
    { method: 'GET', path: /^\/installation\/repositories$/ },
  ],
};

const PER_PAGE = 100;
/** Pages of org memberships read at most: 300 organisations is past any real user. */
const MAX_PAGES = 3;
/** Repository names spelled out in a summary line; the rest are counted. */
const NAMED = 10;

type Got<T> = { ok: true; data: T; headers: Headers } | { ok: false; status: number; message: string };

/**
 * One read. 401 is GitHub's documented invalid-credential answer (its "Bad credentials" wording is not
 * documented, so the status is the signal: github/docs troubleshooting-the-rest-api.md); a 403/404 is returned for the caller to degrade; rate limits, 5xx, timeouts and malformed
 * JSON are ProviderErrors from the egress; any other status is unexpected, never `revoked`.
 */
async function get<T>(ctx: ResolveContext, f: Finding, path: string, evidence: string[], shape: (x: unknown) => boolean): Promise<Got<T>> {
  const a: Answer = await ctx.egress.request(egress, {
    method: 'GET',
    path,
    headers: { authorization: `Bearer ${f.secret}`, accept: 'application/vnd.github+json', 'x-github-api-version': '2022-11-28' },
    evidence,
  });
  const route = path.split('?')[0];
  if (a.status === 200) {
    if (!shape(a.json)) throw new ProviderError(`github: malformed answer to GET ${route} (HTTP 200)`, 200);
    return { ok: true, data: a.json as T, headers: a.headers };
  }
  const message = typeof (a.json as { message?: unknown } | undefined)?.message === 'string' ? (a.json as { message: string }).message : '';
  if (a.status === 401 || a.status === 403 || a.status === 404) return { ok: false, status: a.status, message };
  throw new ProviderError(`github: unexpected response to GET ${route} (HTTP ${a.status}${message ? `: ${message}` : ''})`, a.status);
}

const isObject = (x: unknown): x is Record<string, unknown> => typeof x === 'object' && x !== null && !Array.isArray(x);
const isUser = (x: unknown) => isObject(x) && typeof x.login === 'string';
const isList = (x: unknown) => Array.isArray(x) && x.every(isObject);
const isInstallationRepos = (x: unknown) => isObject(x) && typeof x.total_count === 'number' && isList(x.repositories);

interface User {
  login: string;
  site_admin?: boolean;
}
interface Membership {
  organization: { login: string };
  role: string;
  state: string;
}
interface Repo {
  full_name: string;
}
interface Org {
  login: string;
  /** `admin` | `member`, or undefined when only /user/orgs could be read. */
  role?: string;
}

const denied = (g: Got<unknown>, route: string) => {
  if (g.ok) return undefined;
  return `GET ${route} answered HTTP ${g.status}${g.message ? ` ("${g.message}")` : ''}`;
};

/** Orgs by the config map or their words (`acme-prod`); the user's own login only by the map (`dev-jane` names no environment). */
function environmentsOf(ctx: ResolveContext, login: string | undefined, orgs: string[], repos: string[] = []): string[] {
  const envs = new Set<string>();
  if (login) {
    const e = own(ctx.environments, login) ?? own(ctx.environments, `github:${login}`);
    if (e) envs.add(e.toLowerCase());
  }
  for (const n of orgs) {
    if (n === login) continue;
    const e = environmentOf(ctx, n, `github:${n}`);
    if (e) envs.add(e);
  }
  for (const r of repos) {
    const e = own(ctx.environments, r) ?? own(ctx.environments, `github:${r}`);
    if (e) envs.add(e.toLowerCase());
  }
  return [...envs];
}

function named(list: string[]): string {
  return list.length <= NAMED ? list.join(', ') : `${list.slice(0, NAMED).join(', ')} and ${list.length - NAMED} more`;
}

/** Active org memberships with roles; falls back to /user/orgs (names only) when memberships are refused. */
async function organisations(ctx: ResolveContext, f: Finding, evidence: string[], notes: string[]): Promise<Org[] | undefined> {
  const orgs: Org[] = [];
  for (let page = 1; page <= MAX_PAGES; page++) {
    const g = await get<Membership[]>(ctx, f, `/user/memberships/orgs?state=active&per_page=${PER_PAGE}&page=${page}`, evidence, isList);
    if (!g.ok) {
      if (g.status === 401) throw new ProviderError('github: GET /user/memberships/orgs answered HTTP 401 after GET /user succeeded', 401);
      if (page > 1) {
        notes.push(`only the first ${page - 1} page(s) of organisation memberships were read (${denied(g, '/user/memberships/orgs')})`);
        return orgs;
      }
      notes.push(`organisation roles could not be read (${denied(g, '/user/memberships/orgs')}; classic tokens need read:org)`);
      const o = await get<Array<{ login: string }>>(ctx, f, `/user/orgs?per_page=${PER_PAGE}`, evidence, isList);
      if (!o.ok) {
        if (o.status === 401) throw new ProviderError('github: GET /user/orgs answered HTTP 401 after GET /user succeeded', 401);
        notes.push(`organisations could not be listed (${denied(o, '/user/orgs')})`);
        return undefined;
      }
      return o.data.filter((x) => typeof x.login === 'string').map((x) => ({ login: x.login }));
    }
    for (const m of g.data) if (m.state === 'active' && typeof m.organization?.login === 'string') orgs.push({ login: m.organization.login, role: m.role });
    if (g.data.length < PER_PAGE) return orgs;
  }
  notes.push(`only the first ${MAX_PAGES * PER_PAGE} organisation memberships were read`);
  return orgs;
}

/** Classic PAT or OAuth token: scopes from X-OAuth-Scopes, org roles from the memberships. */
async function resolveClassic(f: Finding, ctx: ResolveContext, kind: string, user: User, headers: Headers, evidence: string[]): Promise<Scope> {
  const scopes = (headers.get('x-oauth-scopes') ?? '')
    .split(',')
    .map((s) => s.trim())
    .filter(Boolean);
  const has = (s: string) => scopes.includes(s);
  const expires = headers.get('github-authentication-token-expiration');
  const notes: string[] = [];
  const orgs = await organisations(ctx, f, evidence, notes);
  const admins = (orgs ?? []).filter((o) => o.role === 'admin').map((o) => o.login);
  const members = (orgs ?? []).filter((o) => o.role !== 'admin').map((o) => o.login);
  const rolesKnown = orgs?.every((o) => o.role !== undefined);

  // A scope never grants more than its user holds (scopes-for-oauth-apps.md): admin:org, and repo +
  // workflow (workflow files run with the repositories' secrets), are root-like only where the user
  // is an organisation admin.
  const why: string[] = [];
  let reachInferred = false;
  if (user.site_admin) why.push(`${user.login} is a site administrator`);
  if (has('site_admin')) why.push('the site_admin scope (GitHub Enterprise Server administration)');
  if (has('admin:enterprise')) {
    why.push('the admin:enterprise scope');
    notes.push(`admin:enterprise reaches only the enterprises ${user.login} owns; enterprise ownership is not read`);
    reachInferred = true;
  }
  if (has('admin:org') && admins.length) why.push(`admin:org while an admin of ${admins.join(', ')}`);
  if (has('admin:org') && !rolesKnown) {
    why.push('admin:org (organisation roles unread)');
    reachInferred = true;
  }
  if (has('repo') && has('workflow') && admins.length) why.push(`repo + workflow while an admin of ${admins.join(', ')}`);
  const root = why.length > 0;

  // What the scopes grant on the user's repositories, in GitHub's own terms (public_repo: "public repositories").
  const self: Resource = { kind: 'user', name: user.login, bare: true };
  const own: Resource = has('repo')
    ? { kind: 'repository', all: true, within: self }
    : has('public_repo')
      ? { kind: 'repository', noun: { one: 'public repository', many: 'public repositories' }, all: true, within: self, qualifier: 'write' }
      : { kind: 'data', noun: { one: 'public data', many: 'public data' }, within: self, qualifier: 'read' };
  const orgRecords = (orgs ?? []).map((o): Resource => ({ kind: 'organisation', name: o.login, ...(o.role ? { qualifier: o.role } : {}) }));
  // What makes it root comes first: it is the ABR001 message's "it reaches …" (the organisations it administers).
  const adminFirst = root && admins.length > 0 && (has('admin:org') || has('workflow'));
  const administered = (o: Resource) => admins.includes(o.name ?? '');
  const resources: Resource[] = [
    ...(user.site_admin || has('site_admin') ? [{ kind: 'instance', noun: { one: 'whole GitHub instance', many: 'GitHub instances' }, qualifier: 'site administrator' } satisfies Resource] : []),
    ...(has('admin:enterprise') ? [{ kind: 'enterprise', all: true, qualifier: `owned by ${user.login}` } satisfies Resource] : []),
    ...(adminFirst ? orgRecords.filter(administered) : []),
    ...(has('admin:org') && !rolesKnown ? [{ kind: 'organisation', all: true, qualifier: 'those it administers' } satisfies Resource] : []),
    own,
    ...(adminFirst ? orgRecords.filter((o) => !administered(o)) : orgRecords),
  ];

  const destroy: NonNullable<OnlineVerdict['destroy']> = [];
  // delete_repo: "delete adminable repositories"; restorable for 90 days unless in a fork network
  // (https://docs.github.com/en/repositories/creating-and-managing-repositories/deleting-a-repository).
  if (has('delete_repo')) {
    const action = 'DELETE /repos/{owner}/{repo}';
    destroy.push({ action, target: { kind: 'repository', all: true, within: self }, destroysBackups: false });
    for (const org of admins) destroy.push({ action, target: { kind: 'repository', all: true, within: { kind: 'organisation', name: org } }, destroysBackups: false });
    if (members.length)
      destroy.push({ action, target: { kind: 'repository', all: true, within: { kind: 'organisation', names: members }, qualifier: 'where it holds the admin role' }, destroysBackups: false });
  }
  if (has('delete:packages')) {
    const action = 'DELETE /user/packages/{package_type}/{package_name}';
    destroy.push({ action, target: { kind: 'package', all: true, within: self }, destroysBackups: false });
    for (const org of admins) destroy.push({ action, target: { kind: 'package', all: true, within: { kind: 'organisation', name: org } }, destroysBackups: false });
  }
  // GitHub documents deleting an organisation for the fine-grained "Administration" organisation permission only
  // (https://docs.github.com/en/rest/orgs/orgs#delete-an-organization): UNCONFIRMED for classic admin:org.
  if (has('admin:org') && admins.length) {
    destroy.push({
      action: 'DELETE /orgs/{org}',
      target: { kind: 'organisation', names: admins, with: [`every repository in ${admins.length === 1 ? 'it' : 'them'}`] },
      destroysBackups: false,
      certainty: 'inferred',
    });
    notes.push('that admin:org lets a classic token delete an organisation (DELETE /orgs/{org}) is UNCONFIRMED; GitHub documents the fine-grained permission only');
  }
  if (has('delete_repo')) notes.push('a deleted repository can be restored within 90 days unless it was in a fork network; release attachments and team permissions are not restored');

  const identity = [
    user.login + (user.site_admin ? ' (site admin)' : ''),
    `scopes: ${scopes.length ? scopes.join(', ') : 'none (public read-only)'}`,
    ...(expires ? [`expires ${expires}`] : []),
    ...(root ? [`root by ${why.join('; ')}`] : []),
  ].join(' · ');
  return liveScope({
    tokenKind: kind,
    identity,
    root,
    environments: environmentsOf(
      ctx,
      user.login,
      (orgs ?? []).map((o) => o.login),
    ),
    resources,
    destroy,
    unconfirmed: notes,
    reachInferred,
    evidence,
  });
}

const FINE_GRAINED_NOTE =
  "a fine-grained or GitHub App token's write and admin permissions cannot be read read-only (GitHub has no endpoint that lists them, and probing needs write calls): they are unknown, and may be as wide as the owner's own on the repositories listed";

/** Fine-grained PAT or GitHub App user token: who, and which repositories the first page lists. */
async function resolveFineGrained(f: Finding, ctx: ResolveContext, kind: string, user: User, headers: Headers, evidence: string[]): Promise<Scope> {
  const expires = headers.get('github-authentication-token-expiration');
  const notes = [FINE_GRAINED_NOTE];
  const g = await get<Repo[]>(ctx, f, `/user/repos?per_page=${PER_PAGE}`, evidence, isList);
  let repos: string[] = [];
  if (g.ok) repos = g.data.map((r) => r.full_name).filter((x): x is string => typeof x === 'string');
  else if (g.status === 401) throw new ProviderError('github: GET /user/repos answered HTTP 401 after GET /user succeeded', 401);
  else notes.push(`its repositories could not be listed (${denied(g, '/user/repos')})`);
  const full = g.ok && g.data.length === PER_PAGE;
  if (full) notes.push(`only the first ${PER_PAGE} repositories were listed`);
  const owners = [...new Set(repos.map((r) => r.split('/')[0]))];
  const resources: Resource[] = !g.ok
    ? [{ kind: 'repository', all: true, within: { kind: 'user', name: user.login }, qualifier: 'those the token was granted; not listed' }]
    : repos.length
      ? repos.map((r) => ({ kind: 'repository', name: r }))
      : [{ kind: 'repository', all: true, qualifier: 'public ones', access: ['read'] }];
  return liveScope({
    tokenKind: kind,
    identity: [user.login, ...(expires ? [`expires ${expires}`] : []), 'permissions: unknown (not readable read-only)'].join(' · '),
    environments: environmentsOf(ctx, user.login, owners, repos),
    resources,
    unconfirmed: notes,
    evidence,
  });
}

/** Installation token (ghs_, both forms): the repositories the installation reaches. */
async function resolveInstallation(f: Finding, ctx: ResolveContext, evidence: string[]): Promise<Scope> {
  const g = await get<{ total_count: number; repository_selection?: string; repositories: Repo[] }>(ctx, f, `/installation/repositories?per_page=${PER_PAGE}`, evidence, isInstallationRepos);
  // An expired installation token answers 401 like a revoked one: both are dead (installation tokens expire after an hour: actions/create-github-app-token#121).
  if (!g.ok && g.status === 401) return revokedScope(f.tokenKind, evidence, 'GitHub answered 401 (Bad credentials): expired or revoked');
  if (!g.ok) throw new ProviderError(`github: unexpected response to GET /installation/repositories (HTTP ${g.status}${g.message ? `: ${g.message}` : ''})`, g.status);
  const repos = g.data.repositories.map((r) => r.full_name).filter((x): x is string => typeof x === 'string');
  const owners = [...new Set(repos.map((r) => r.split('/')[0]))];
  const total = g.data.total_count;
  const all = g.data.repository_selection === 'all';
  const notes = [FINE_GRAINED_NOTE];
  if (total > repos.length) notes.push(`only the first ${repos.length} of ${total} repositories were listed`);
  return liveScope({
    tokenKind: f.tokenKind,
    identity: `GitHub App installation${f.facts.appId ? ` of app ${f.facts.appId}` : ''}${owners.length ? ` on ${owners.join(', ')}` : ''} · permissions: unknown (not readable read-only)`,
    environments: environmentsOf(ctx, undefined, owners, repos),
    resources: [
      ...(all
        ? [
            {
              kind: 'repository',
              all: true,
              count: total,
              names: repos,
              within: owners.length ? { kind: 'account', names: owners, bare: true } : { kind: 'account', noun: { one: 'installation account', many: 'installation accounts' } },
            } satisfies Resource,
          ]
        : []),
      ...repos.map((r): Resource => ({ kind: 'repository', name: r })),
    ],
    unconfirmed: notes,
    evidence,
  });
}

async function resolveGithub(f: Finding, ctx: ResolveContext): Promise<Scope> {
  // A ghr_ is only exchangeable, with the app's client secret, for a new user token (refreshing-user-access-tokens.md):
  // redeeming it would mint a credential and invalidate the owner's. Never sent.
  if (f.tokenKind === 'refresh-token' || f.secret.startsWith('ghr_'))
    throw new EgressError("refresh tokens are never redeemed; a ghr_ token is only exchanged, with the app's client secret, for a new user token");
  const evidence: string[] = [];
  if (f.tokenKind === 'installation-token' || f.secret.startsWith('ghs_')) return resolveInstallation(f, ctx, evidence);
  const me = await get<User>(ctx, f, '/user', evidence, isUser);
  if (!me.ok && me.status === 401) return revokedScope(f.tokenKind, evidence, 'GitHub answered 401 (Bad credentials)');
  if (!me.ok) throw new ProviderError(`github: unexpected response to GET /user (HTTP ${me.status}${me.message ? `: ${me.message}` : ''})`, me.status);
  // "If resp.Header X-OAuth-Scopes doesn't exist, then we have fine-grained permissions" (trufflehog common/github.go).
  if (me.headers.has('x-oauth-scopes')) return resolveClassic(f, ctx, f.tokenKind, me.data, me.headers, evidence);
  return resolveFineGrained(f, ctx, f.tokenKind, me.data, me.headers, evidence);
}

/** The names of the single organisations or repositories the scope reaches, as the resolver recorded them. */
function namesIn(scope: Scope, kind: 'organisation' | 'repository'): string[] {
  return scope.reach.resources.filter((r) => r.kind === kind && r.name !== undefined).map((r) => r.name!);
}

function remediation(f: Finding, scope: Scope): string {
  const revoke = 'revoke this one at https://github.com/settings/tokens';
  if (scope.resolution !== 'online') {
    return f.tokenKind === 'installation-token'
      ? 'Do not persist installation tokens in files; mint them per job from the GitHub App (actions/create-github-app-token) with only the repositories and permissions needed.'
      : `Replace it with a fine-grained personal access token limited to the named repositories and the permissions the task needs, with an expiry (or a GitHub App installation token), and ${revoke}.`;
  }
  const repos = namesIn(scope, 'repository');
  const reposText = repos.length ? named(repos) : 'the repositories the task needs';
  switch (scope.tokenKind) {
    case 'installation-token':
      return `Do not persist installation tokens in files; mint them per job from the GitHub App (actions/create-github-app-token) with \`repositories:\` limited to the one the task needs (this one reaches ${reposText}) and only the permissions needed.`;
    case 'fine-grained-pat':
      return `Narrow it to the one repository the task needs (it reaches ${reposText}) with read-only permissions unless the task writes and a short expiry, and regenerate or revoke it at https://github.com/settings/personal-access-tokens.`;
    case 'app-user-token':
      return `Install the GitHub App on only the repositories the task needs (this token reaches ${reposText}), keep user tokens out of files, and revoke the app's authorization at https://github.com/settings/applications.`;
    default: {
      const login = (scope.identity ?? '').split(' ')[0];
      const orgs = namesIn(scope, 'organisation');
      const owner = orgs.length ? `one resource owner (${login || 'the user'} or one of ${orgs.join(', ')})` : `one resource owner (${login || 'the user'})`;
      const dropped = scope.destroy.map((d) => d.action).some((a) => a.startsWith('DELETE /repos')) ? ', no Administration permission' : '';
      return `Replace it with a fine-grained personal access token for ${owner}, "Only select repositories", the permissions the task needs${dropped} and an expiry (or a GitHub App installation token${orgs.length ? ` installed on ${orgs.join(', ')}` : ''}), and ${revoke}${orgs.length ? `; owners of ${orgs.join(', ')} can restrict classic tokens in the organisation settings` : ''}.`;
    }
  }
}

export default defineProvider({
  id: 'github',
  name: 'GitHub',
  asks: {
    calls: '`GET /user` (`X-OAuth-Scopes`, expiry), `/user/memberships/orgs`, `/user/repos`, `/installation/repositories`',
    tells:
      'classic scopes; org admin + `admin:org`/site admin → root; `delete_repo` → repository deletion; fine-grained permissions reported unknown (not readable without writing); `ghr_` refresh tokens never redeemed',
    docs: 'https://docs.github.com/en/rest/users/users#get-the-authenticated-user',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveGithub,
  offline: (f) => {
    switch (f.tokenKind) {
      case 'classic-pat':
      case 'oauth-token':
        return shapeScope({
          tokenKind: f.tokenKind,
          resources: [{ kind: 'repository', all: true, accessibleTo: { kind: 'user' } }],
          because: ['a classic token reaches every repository its user can access; its scopes (delete_repo, admin:org…) are only known from GitHub'],
        });
      case 'installation-token':
        return shapeScope({ tokenKind: f.tokenKind, because: ["an installation token, limited to its app's installation and short-lived (1 h; Actions ≤ 24 h)"] });
      default:
        return shapeScope({ tokenKind: f.tokenKind, because: [`a GitHub ${f.tokenKind} whose permissions only GitHub can tell`] });
    }
  },
  remediation,
});
