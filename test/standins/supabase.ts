// Stand-in for Supabase's Management API: projects and organizations of a personal access token
// (https://supabase.com/docs/reference/api/introduction).
import * as fake from '../../src/detect/fake.js';
import { sbp } from '../saas-helpers.js';
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

/** Supabase's stand-in world, shared by test/supabase.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function supabaseWorld() {
  const T = { root: sbp(), scoped: sbp(), revoked: sbp(), odd: sbp() };
  const start = (): Promise<Standin> =>
    startSupabase({
      pats: {
        [T.root]: {
          projects: [
            { id: fake.lowerAlnum(20), name: 'shop-production', organization_id: 'org1' },
            { id: fake.lowerAlnum(20), name: 'shop-staging', organization_id: 'org1' },
          ],
          organizations: [{ id: 'org1', name: 'Acme' }],
        },
        [T.scoped]: { missing: ['projects_read'] },
      },
      canned: { [T.odd]: { status: 200, body: { projects: [] } } },
    });
  return { T, start };
}
