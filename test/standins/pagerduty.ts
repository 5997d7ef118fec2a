// Stand-in for PagerDuty's REST API (https://developer.pagerduty.com/api-reference/): GET /abilities for any valid key,
// GET /users/me for user tokens only (an account-level key gets 400); `Authorization: Token token=…`; an invalid key
// is 401. Any other route or method is answered 404 and recorded.
import type { IncomingMessage } from 'node:http';
import * as fake from '../../src/detect/fake.js';
import { json, serve, type Canned, type Standin } from './index.js';

export interface PagerDutyKey {
  /** A user token's user, absent for an account-level key. */
  user?: { email: string; role: string };
}

const tokenOf = (req: IncomingMessage) => /^Token token=(.+)$/.exec(req.headers.authorization ?? '')?.[1];

export function startPagerDuty(world: { keys: Record<string, PagerDutyKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('pagerduty', tokenOf, world.canned, (req, url, token, res) => {
    const k = token ? world.keys[token] : undefined;
    if (!k) return json(res, 401, { error: { message: 'Authentication failed', code: 2006 } });
    if (req.method === 'GET' && url.pathname === '/abilities') return json(res, 200, { abilities: ['teams', 'read_only_users', 'service_support_hours', 'urgencies'] });
    if (req.method === 'GET' && url.pathname === '/users/me')
      return k.user
        ? json(res, 200, { user: { id: 'PU1', type: 'user', email: k.user.email, role: k.user.role } })
        : json(res, 400, { error: { message: 'Invalid Input Provided', code: 2001, errors: ['This endpoint requires a user-level API token'] } });
    json(res, 404, { error: { message: 'Not Found', code: 2100 } });
  });
}

const key = () => fake.alnum(20);

/** PagerDuty's stand-in world: an account-level key (root, inferred), an observer's user token, a revoked one, one answered 418. */
export function pagerdutyWorld() {
  const T = { root: key(), scoped: `u+${fake.alnum(18)}`, revoked: key(), odd: key() };
  const start = () =>
    startPagerDuty({
      keys: { [T.root]: {}, [T.scoped]: { user: { email: 'bo@acme.test', role: 'observer' } } },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
