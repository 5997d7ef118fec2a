// Stand-in for Neon's API v2: projects and their branches (https://api-docs.neon.tech/reference/getting-started-with-neon-api).
import { neon } from '../saas-helpers.js';
import { answerOdd, bearer, json, startStandin, urlOf, type Odd, type Standin } from './index.js';

export interface NeonConfig extends Odd {
  tokens: Record<string, Array<{ id: string; name: string; branches: string[] }>>;
}

export function startNeon(cfg: NeonConfig): Promise<Standin> {
  return startStandin('neon', (req, _body, res) => {
    const t = bearer(req);
    if (answerOdd(cfg, t, res)) return;
    const projects = t ? cfg.tokens[t] : undefined;
    if (!projects) return json(res, 401, { code: '', message: 'authentication failed' });
    const path = urlOf(req).pathname;
    if (path === '/api/v2/projects')
      return json(res, 200, { projects: projects.map((p) => ({ id: p.id, name: p.name, org_id: 'org-acme', region_id: 'aws-eu-central-1' })), pagination: { cursor: '' } });
    const m = /^\/api\/v2\/projects\/([^/]+)\/branches$/.exec(path);
    const p = m && projects.find((x) => x.id === m[1]);
    if (p) return json(res, 200, { branches: p.branches.map((name, i) => ({ id: `br-${p.id}-${i}`, name, default: i === 0, protected: name === 'production' })) });
    json(res, 404, { code: '', message: 'not found' });
  });
}

/** Neon's stand-in world, shared by test/neon.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function neonWorld() {
  const T = { root: neon(), scoped: neon(), revoked: neon(), odd: neon() };
  const start = async (odd: Set<string>): Promise<Standin> => {
    const standin = await startNeon({
      odd,
      tokens: {
        [T.root]: [
          { id: 'bold-sun-1', name: 'shop', branches: ['production', 'staging', 'preview/pr-12'] },
          { id: 'calm-moon-2', name: 'analytics-prod', branches: ['main'] },
        ],
        [T.scoped]: [{ id: 'late-star-3', name: 'shop-staging', branches: ['main', 'dev'] }],
      },
    });
    odd.add(T.odd);
    return standin;
  };
  return { T, start };
}
