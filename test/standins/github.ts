// GitHub's REST API as documented for the calls the resolver makes (docs.github.com/rest, API version
// 2022-11-28): GET /user with X-OAuth-Scopes (classic and OAuth tokens only) and
// GitHub-Authentication-Token-Expiration; 401 "Bad credentials"; org memberships, /user/orgs,
// /user/repos and /installation/repositories. Anything but GET is answered 404, as GitHub does for an
// unknown route — and recorded, so assertEgressClean catches it.
import type { ServerResponse } from 'node:http';
import { json, startStandin, type Standin } from './index.js';

export interface GithubUser {
  login: string;
  site_admin?: boolean;
  /** The X-OAuth-Scopes value for classic/OAuth tokens; undefined (no header) for fine-grained and ghu_ tokens. */
  scopes?: string;
  /** GitHub-Authentication-Token-Expiration, e.g. `2026-10-07 19:07:53 UTC`. */
  expires?: string;
  memberships?: Array<{ org: string; role: 'admin' | 'member'; state?: 'active' | 'pending' }>;
  /** Full names of the repositories GET /user/repos lists. */
  repos?: string[];
}

export interface GithubWorld {
  users: Record<string, GithubUser>;
  installations: Record<string, { repositories: string[]; selection?: 'all' | 'selected' }>;
  /** Tokens answered with a fixed response on every route: unexpected statuses, bodies of the wrong shape. */
  canned?: Record<string, { status: number; body: unknown; headers?: Record<string, string> }>;
  /** `/api/v3` to stand in for GitHub Enterprise Server. */
  prefix?: string;
}

const DOCS = 'https://docs.github.com/rest';

// 401 body as GitHub sends it for a bad, revoked or expired token
// (https://docs.github.com/en/rest/using-the-rest-api/troubleshooting-the-rest-api).
const badCredentials = (res: ServerResponse) => json(res, 401, { message: 'Bad credentials', documentation_url: DOCS, status: '401' });
const forbidden = (res: ServerResponse, message: string) => json(res, 403, { message, documentation_url: DOCS, status: '403' });

const repoJson = (fullName: string, id: number) => {
  const [owner, name] = fullName.split('/');
  return { id, name, full_name: fullName, private: true, owner: { login: owner, type: 'Organization' }, permissions: { admin: false, maintain: false, push: true, triage: true, pull: true } };
};

/** Pagination as GitHub does it: `per_page` (≤ 100), `page`, and a Link header with rel="next". */
function page<T>(url: URL, items: T[], res: ServerResponse): void {
  const per = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
  const n = Number(url.searchParams.get('page') ?? 1);
  const slice = items.slice((n - 1) * per, n * per);
  const headers: Record<string, string> = {};
  if (n * per < items.length) {
    const next = new URL(url.href);
    next.searchParams.set('page', String(n + 1));
    headers.link = `<${next.href}>; rel="next"`;
  }
  json(res, 200, slice, headers);
}

const readsOrgs = (u: GithubUser) => u.scopes === undefined || /(?:^|,\s*)(?:read:org|write:org|admin:org)(?:\s*,|$)/.test(u.scopes);

export async function startGithub(world: GithubWorld): Promise<Standin> {
  return startStandin('github', (req, _body, res) => {
    const url = new URL(req.url ?? '/', 'http://standin');
    const prefix = world.prefix ?? '';
    if (req.method !== 'GET' || !url.pathname.startsWith(prefix)) return json(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    const path = url.pathname.slice(prefix.length);
    const token = /^(?:Bearer|token) (.+)$/.exec(String(req.headers.authorization ?? ''))?.[1] ?? '';
    const canned = world.canned?.[token];
    if (canned) return json(res, canned.status, canned.body, canned.headers);
    const user = world.users[token];
    const installation = world.installations[token];
    if (!user && !installation) return badCredentials(res);
    const common: Record<string, string> = { 'x-github-api-version-selected': '2022-11-28', 'x-ratelimit-remaining': '4999' };
    if (user?.scopes !== undefined) common['x-oauth-scopes'] = user.scopes;
    if (user?.expires) common['github-authentication-token-expiration'] = user.expires;
    switch (path) {
      case '/user':
        if (!user) return forbidden(res, 'Resource not accessible by integration');
        return json(res, 200, { login: user.login, id: 1, type: 'User', site_admin: Boolean(user.site_admin) }, common);
      case '/user/memberships/orgs': {
        if (!user) return forbidden(res, 'Resource not accessible by integration');
        // Classic tokens without read:org are refused (documented for /user/orgs; assumed alike here).
        if (!readsOrgs(user)) return forbidden(res, 'You need at least read:org scope or user scope to list your organizations.');
        const state = url.searchParams.get('state');
        const ms = (user.memberships ?? []).filter((m) => !state || (m.state ?? 'active') === state);
        return page(
          url,
          ms.map((m) => ({ url: '', state: m.state ?? 'active', role: m.role, organization_url: '', organization: { login: m.org, id: 1 }, user: { login: user.login } })),
          res,
        );
      }
      case '/user/orgs':
        if (!user) return forbidden(res, 'Resource not accessible by integration');
        // "requires at least user or read:org scope … Requests with insufficient scope will receive a 403".
        if (!readsOrgs(user) && !/(?:^|,\s*)user(?:\s*,|$)/.test(user.scopes ?? '')) return forbidden(res, 'You need at least read:org scope or user scope to list your organizations.');
        return page(url, user.scopes === undefined ? [] : (user.memberships ?? []).map((m) => ({ login: m.org, id: 1 })), res);
      case '/user/repos':
        if (!user) return forbidden(res, 'Resource not accessible by integration');
        return page(url, (user.repos ?? []).map(repoJson), res);
      case '/installation/repositories': {
        if (!installation) return forbidden(res, 'You must authenticate with an installation access token in order to list repositories for an installation.');
        const per = Math.min(Number(url.searchParams.get('per_page') ?? 30), 100);
        return json(
          res,
          200,
          { total_count: installation.repositories.length, repository_selection: installation.selection ?? 'selected', repositories: installation.repositories.slice(0, per).map(repoJson) },
          { 'x-ratelimit-remaining': '4999' },
        );
      }
      default:
        return json(res, 404, { message: 'Not Found', documentation_url: DOCS, status: '404' });
    }
  });
}
