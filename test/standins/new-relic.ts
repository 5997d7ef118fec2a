// Stand-in for New Relic's NerdGraph (https://docs.newrelic.com/docs/apis/nerdgraph/get-started/introduction-new-relic-nerdgraph/):
// the actor query with the key in the API-Key header; a bad key, or a key of the other region, is HTTP 401 with
// extensions.error_code BAD_API_KEY. One stand-in serves both regions (the tests point both at it): a key answers on
// its region's path only when `region` says so. Anything else is answered 404 and recorded.
import * as fake from '../../src/detect/fake.js';
import { json, serve, type Canned, type Standin } from './index.js';

export interface NewRelicKey {
  email: string;
  accounts: Array<{ id: number; name: string }>;
  /** EU keys are refused on the first (US) call and answered on the second. */
  region?: 'US' | 'EU';
}

const BAD = { errors: [{ extensions: { error_code: 'BAD_API_KEY' }, message: 'Bad API Key or no API Key provided' }] };

export function startNewRelic(world: { keys: Record<string, NewRelicKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  const asked = new Map<string, number>();
  return serve(
    'new-relic',
    (req) => (typeof req.headers['api-key'] === 'string' ? req.headers['api-key'] : undefined),
    world.canned,
    (req, url, token, res) => {
      const k = token ? world.keys[token] : undefined;
      if (!k || !token) return json(res, 401, BAD);
      const n = (asked.get(token) ?? 0) + 1;
      asked.set(token, n);
      if (k.region === 'EU' && n % 2 === 1) return json(res, 401, BAD);
      if (req.method !== 'POST' || url.pathname !== '/graphql') return json(res, 404, { errors: [{ message: 'not found' }] });
      json(res, 200, { data: { actor: { user: { id: 1, email: k.email, name: k.email.split('@')[0] }, accounts: k.accounts } } });
    },
  );
}

const key = () => `NRAK-${fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27)}`;

/** New Relic's stand-in world: a user key on two accounts (production among them), an EU key on one staging account, a revoked one, one answered 418. */
export function newRelicWorld() {
  const T = { root: key(), scoped: key(), revoked: key(), odd: key() };
  const start = () =>
    startNewRelic({
      keys: {
        [T.root]: {
          email: 'ana@acme.test',
          accounts: [
            { id: 101, name: 'acme-production' },
            { id: 102, name: 'acme-staging' },
          ],
        },
        [T.scoped]: { email: 'bo@acme.test', accounts: [{ id: 201, name: 'acme-staging' }], region: 'EU' },
      },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
