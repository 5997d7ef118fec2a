// Stand-in for Supabase's Management API: projects and organizations of a personal access token
// (https://supabase.com/docs/reference/api/introduction).
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface SupabasePat {
  /** Undefined: a scoped PAT without project read (403 with missing_permissions). */
  projects?: Array<{ id: string; name: string; organization_id: string }>;
  missing?: string[];
  organizations?: Array<{ id: string; name: string }>;
}

export function startSupabase(world: { pats: Record<string, SupabasePat>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('supabase', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.pats[token] : undefined;
    if (!t) return json(res, 401, { message: 'Unauthorized' });
    if (req.method !== 'GET') return json(res, 404, { message: 'Not Found' });
    if (url.pathname === '/v1/projects') {
      if (!t.projects) return json(res, 403, { message: 'Your access token does not have the required permissions', missing_permissions: t.missing ?? ['projects_read'] });
      return json(
        res,
        200,
        t.projects.map((p) => ({ ...p, region: 'eu-central-1', created_at: '2026-01-01T00:00:00Z', status: 'ACTIVE_HEALTHY' })),
      );
    }
    if (url.pathname === '/v1/organizations') return json(res, 200, t.organizations ?? []);
    return json(res, 404, { message: 'Not Found' });
  });
}
