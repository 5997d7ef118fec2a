// Stand-in for Netlify's API: the token's user and sites (https://docs.netlify.com/api/get-started/).
import { netlify } from '../saas-helpers.js';
import { answerOdd, bearer, json, startStandin, urlOf, type Odd, type Standin } from './index.js';

export interface NetlifyConfig extends Odd {
  tokens: Record<string, { email: string; sites: Array<{ name: string; team: string }> }>;
}

export function startNetlify(cfg: NetlifyConfig): Promise<Standin> {
  return startStandin('netlify', (req, _body, res) => {
    const t = bearer(req);
    if (answerOdd(cfg, t, res)) return;
    const who = t ? cfg.tokens[t] : undefined;
    if (!who) return json(res, 401, { code: 401, message: 'Access Denied: Invalid token' });
    const path = urlOf(req).pathname;
    if (path === '/api/v1/user') return json(res, 200, { id: 'u1', uid: 'u1', full_name: 'Site Owner', email: who.email });
    if (path === '/api/v1/sites')
      return json(
        res,
        200,
        who.sites.map((s, i) => ({ id: `site-${i}`, name: s.name, account_name: s.team, account_slug: s.team.toLowerCase() })),
      );
    json(res, 404, { code: 404, message: 'Not Found' });
  });
}

/** Netlify's stand-in world, shared by test/netlify.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function netlifyWorld() {
  const T = { root: netlify(), scoped: netlify(), revoked: netlify(), odd: netlify() };
  const start = async (odd: Set<string>): Promise<Standin> => {
    const standin = await startNetlify({
      odd,
      tokens: {
        [T.root]: {
          email: 'web@acme.example',
          sites: [
            { name: 'acme-www-production', team: 'Acme' },
            { name: 'acme-www-staging', team: 'Acme' },
          ],
        },
        [T.scoped]: { email: 'intern@acme.example', sites: [] },
      },
    });
    odd.add(T.odd);
    return standin;
  };
  return { T, start };
}
