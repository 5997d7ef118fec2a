// Stand-in for GitLab's REST API v4: the token's own record, its user, projects and groups; 401 for a bad token, 403
// insufficient_scope (https://docs.gitlab.com/api/personal_access_tokens/, https://docs.gitlab.com/api/rest/troubleshooting/).
import type { IncomingMessage } from 'node:http';
import { glpat } from '../saas-helpers.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface GitlabToken {
  name: string;
  scopes: string[];
  user: { id: number; username: string; is_admin?: boolean; bot?: boolean };
  expires_at?: string;
  /** Projects it is a member of, with its access level (30 developer, 40 maintainer, 50 owner). */
  projects?: Array<{ id: number; path_with_namespace: string; level: number; via?: 'project' | 'group' }>;
  groups?: Array<{ id: number; full_path: string; parent_id: number | null; level: number }>;
}

export function startGitlab(world: { tokens: Record<string, GitlabToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  const tokenOf = (req: IncomingMessage) => (req.headers['private-token'] as string | undefined) ?? bearer(req);
  return serve('gitlab', tokenOf, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { message: '401 Unauthorized' });
    const has = (...s: string[]) => s.some((x) => t.scopes.includes(x));
    const insufficient = () => json(res, 403, { error: 'insufficient_scope', error_description: 'The request requires higher privileges than provided by the access token.', scope: 'api read_api' });
    if (req.method !== 'GET') return json(res, 404, { message: '404 Not Found' });
    const min = Number(url.searchParams.get('min_access_level') ?? 0);
    switch (url.pathname) {
      case '/api/v4/personal_access_tokens/self':
        return json(res, 200, {
          id: 4711,
          name: t.name,
          revoked: false,
          created_at: '2026-01-01T00:00:00.000Z',
          scopes: t.scopes,
          user_id: t.user.id,
          last_used_at: null,
          active: true,
          expires_at: t.expires_at ?? null,
        });
      case '/api/v4/user':
        if (!has('api', 'read_api', 'read_user')) return insufficient();
        return json(res, 200, { id: t.user.id, username: t.user.username, name: t.user.username, state: 'active', bot: t.user.bot ?? false, ...(t.user.is_admin ? { is_admin: true } : {}) });
      case '/api/v4/projects':
        if (!has('api', 'read_api')) return insufficient();
        // simple=true: the minimal representation; the full one carries more (runners_token, for maintainers).
        return json(
          res,
          200,
          (t.projects ?? [])
            .filter((p) => p.level >= min)
            .map((p) =>
              url.searchParams.get('simple') === 'true'
                ? { id: p.id, name: p.path_with_namespace.split('/').pop(), path_with_namespace: p.path_with_namespace, web_url: `https://gitlab.example/${p.path_with_namespace}` }
                : {
                    id: p.id,
                    path_with_namespace: p.path_with_namespace,
                    permissions: { project_access: p.via === 'group' ? null : { access_level: p.level }, group_access: p.via === 'group' ? { access_level: p.level } : null },
                  },
            ),
        );
      case '/api/v4/groups':
        if (!has('api', 'read_api')) return insufficient();
        return json(
          res,
          200,
          (t.groups ?? []).filter((g) => g.level >= min).map((g) => ({ id: g.id, full_path: g.full_path, parent_id: g.parent_id })),
        );
      default:
        return json(res, 404, { message: '404 Not Found' });
    }
  });
}

/** GitLab's stand-in world, shared by test/gitlab.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function gitlabWorld() {
  const T = { root: glpat(), scoped: glpat(), admin: glpat(), revoked: glpat(), odd: glpat() };
  const start = (): Promise<Standin> =>
    startGitlab({
      tokens: {
        [T.root]: {
          name: 'laptop',
          scopes: ['api'],
          user: { id: 7, username: 'lead' },
          projects: [
            { id: 1, path_with_namespace: 'acme/api-prod', level: 50, via: 'group' },
            { id: 2, path_with_namespace: 'acme/web-staging', level: 50, via: 'group' },
            { id: 3, path_with_namespace: 'friends/blog', level: 30 },
          ],
          groups: [{ id: 10, full_path: 'acme', parent_id: null, level: 50 }],
        },
        [T.scoped]: {
          name: 'ci-read',
          scopes: ['read_api', 'read_repository'],
          user: { id: 99, username: 'project_2_bot_5e1f', bot: true },
          expires_at: '2026-12-31',
          projects: [{ id: 2, path_with_namespace: 'acme/web-staging', level: 30 }],
        },
        [T.admin]: { name: 'admin', scopes: ['api', 'sudo', 'admin_mode'], user: { id: 1, username: 'root', is_admin: true }, projects: [], groups: [] },
      },
      canned: { [T.odd]: { status: 403, body: { message: '403 Forbidden - Your account has been blocked.' } } },
    });
  return { T, start };
}
