// Stand-in for Vercel's REST API: the current token, its user and teams (https://vercel.com/docs/rest-api/reference/endpoints/authentication,
// https://vercel.com/docs/rest-api/reference/endpoints/teams).
import { vercel } from '../saas-helpers.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface VercelToken {
  token: { id: string; name: string; type: string; expiresAt?: number; scopes: Array<{ type: string; teamId?: string; projectId?: string; origin: string; createdAt: number }> };
  user?: { id: string; username: string; email: string };
  teams?: Array<{ id: string; slug: string; name: string; membership: { role: string } }>;
}

export function startVercel(world: { tokens: Record<string, VercelToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('vercel', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    // An invalid, expired or revoked token (observed): 403 with invalidToken.
    if (!t) return json(res, 403, { error: { code: 'forbidden', message: 'Not authorized', invalidToken: true } });
    if (req.method !== 'GET') return json(res, 404, { error: { code: 'not_found', message: 'The requested path was not found' } });
    const forbidden = () => json(res, 403, { error: { code: 'forbidden', message: "You don't have permission to access this resource." } });
    switch (url.pathname) {
      case '/v5/user/tokens/current':
        return json(res, 200, { token: { ...t.token, origin: 'manual', activeAt: 1767225600000, createdAt: 1767225600000 } });
      case '/v2/user':
        return t.user ? json(res, 200, { user: { ...t.user, defaultTeamId: t.teams?.[0]?.id ?? null } }) : forbidden();
      case '/v2/teams':
        return json(res, 200, { teams: t.teams ?? [], pagination: { count: (t.teams ?? []).length, next: null, prev: null } });
      default:
        return json(res, 404, { error: { code: 'not_found', message: 'The requested path was not found' } });
    }
  });
}

/** Vercel's stand-in world, shared by test/vercel.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function vercelWorld() {
  const T = { root: vercel(), scoped: vercel(), project: vercel(), revoked: vercel(), odd: vercel() };
  const start = (): Promise<Standin> =>
    startVercel({
      tokens: {
        [T.root]: {
          token: { id: 'tok_full', name: 'laptop', type: 'oauth2-token', scopes: [{ type: 'user', origin: 'manual', createdAt: 1767225600000 }] },
          user: { id: 'u_1', username: 'jane', email: 'jane@acme.example' },
          teams: [
            { id: 'team_prod', slug: 'acme-prod', name: 'Acme Production', membership: { role: 'OWNER' } },
            { id: 'team_side', slug: 'side-project', name: 'Side', membership: { role: 'MEMBER' } },
          ],
        },
        [T.scoped]: {
          token: { id: 'tok_team', name: 'ci', type: 'oauth2-token', expiresAt: 1798761600000, scopes: [{ type: 'team', teamId: 'team_stg', origin: 'manual', createdAt: 1767225600000 }] },
          teams: [{ id: 'team_stg', slug: 'acme-staging', name: 'Acme Staging', membership: { role: 'DEVELOPER' } }],
        },
        [T.project]: {
          token: { id: 'tok_proj', name: 'deploy', type: 'oauth2-token', scopes: [{ type: 'project', projectId: 'prj_web_preview', teamId: 'team_stg', origin: 'manual', createdAt: 1767225600000 }] },
        },
      },
      canned: { [T.odd]: { status: 403, body: { error: { code: 'forbidden', message: "You don't have permission to access this resource." } } } },
    });
  return { T, start };
}
