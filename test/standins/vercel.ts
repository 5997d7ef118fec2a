// Stand-in for Vercel's REST API: the current token, its user and teams (https://vercel.com/docs/rest-api/reference/endpoints/authentication,
// https://vercel.com/docs/rest-api/reference/endpoints/teams).
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
