// Stand-in for Heroku's Platform API v3: account and apps, the authorization's scope in Oauth-Scope
// (https://devcenter.heroku.com/articles/platform-api-reference, https://devcenter.heroku.com/articles/oauth#scopes).
import { heroku } from '../saas-helpers.js';
import { answerOdd, bearer, json, startStandin, urlOf, type Odd, type Standin } from './index.js';

export interface HerokuConfig extends Odd {
  /** token → the account it belongs to, the Oauth-Scope Heroku sends (none: no header), whether /account is forbidden. */
  tokens: Record<string, { email: string; scope?: string; accountForbidden?: boolean; appsForbidden?: boolean; apps: Array<{ name: string; team?: string }> }>;
}

export function startHeroku(cfg: HerokuConfig): Promise<Standin> {
  return startStandin('heroku', (req, _body, res) => {
    const t = bearer(req);
    const who = t ? cfg.tokens[t] : undefined;
    if (answerOdd(cfg, t, res)) return;
    if (req.headers.accept !== 'application/vnd.heroku+json; version=3') return json(res, 400, { id: 'bad_request', message: 'Accept header must be application/vnd.heroku+json; version=3' });
    if (!who) return json(res, 401, { id: 'unauthorized', message: 'Invalid credentials provided.' });
    const headers: Record<string, string> = { 'ratelimit-remaining': '4499', ...(who.scope ? { 'oauth-scope': who.scope } : {}) };
    const path = urlOf(req).pathname;
    if (path === '/account') {
      if (who.accountForbidden) return json(res, 403, { id: 'forbidden', message: 'You do not have access to the account.' }, { ...headers, 'oauth-scope-accepted': 'global identity' });
      return json(res, 200, { id: 'u-1', email: who.email, two_factor_authentication: true }, headers);
    }
    if (path === '/apps') {
      if (who.appsForbidden) return json(res, 403, { id: 'forbidden', message: 'Insufficient scope.' }, headers);
      return json(
        res,
        200,
        who.apps.map((a, i) => ({ id: `app-${i}`, name: a.name, team: a.team ? { id: `team-${a.team}`, name: a.team } : null, owner: { email: who.email } })),
        headers,
      );
    }
    json(res, 404, { id: 'not_found', message: 'Not found.' });
  });
}

/** Heroku's stand-in world, shared by test/heroku.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function herokuWorld() {
  const T = { root: heroku(), scoped: heroku(), bare: heroku(), revoked: heroku(), odd: heroku() };
  const start = async (odd: Set<string>): Promise<Standin> => {
    const standin = await startHeroku({
      odd,
      tokens: {
        [T.root]: { email: 'founder@acme.example', scope: 'global', apps: [{ name: 'acme-api-production', team: 'acme' }, { name: 'acme-api-staging', team: 'acme' }, { name: 'side-project' }] },
        [T.scoped]: { email: 'ci@acme.example', scope: 'read', apps: [{ name: 'acme-api-staging', team: 'acme' }] },
        [T.bare]: { email: 'old@acme.example', apps: [{ name: 'legacy-worker' }] },
      },
    });
    odd.add(T.odd);
    return standin;
  };
  return { T, start };
}
