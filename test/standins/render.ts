// Stand-in for Render's API (https://api-docs.render.com/reference/authentication): GET /v1/owners (the key's
// workspaces) and GET /v1/postgres (databases by name, no connection info); an invalid key is 401. Any other route or
// method — connection-info and env-vars included — is answered 404 and recorded.
import * as fake from '../../src/detect/fake.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface RenderKey {
  email: string;
  teams: string[];
  databases: string[];
}

export function startRender(world: { keys: Record<string, RenderKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('render', bearer, world.canned, (req, url, token, res) => {
    const k = token ? world.keys[token] : undefined;
    if (!k) return json(res, 401, { id: 'unauthorized', message: 'unauthorized' });
    if (req.method === 'GET' && url.pathname === '/v1/owners')
      return json(res, 200, [
        { owner: { id: 'usr-1', name: k.email.split('@')[0], email: k.email, type: 'user' }, cursor: 'c0' },
        ...k.teams.map((name, i) => ({ owner: { id: `tea-${i}`, name, email: k.email, type: 'team' }, cursor: `c${i + 1}` })),
      ]);
    if (req.method === 'GET' && url.pathname === '/v1/postgres')
      return json(
        res,
        200,
        k.databases.map((name, i) => ({ postgres: { id: `dpg-${i}`, name, ownerId: 'tea-0', status: 'available' }, cursor: `p${i}` })),
      );
    json(res, 404, { id: 'not_found', message: 'not found' });
  });
}

const key = () => `rnd_${fake.alnum(32)}`;

/** Render's stand-in world: a key whose user has a production database (root), one with a staging workspace only, a revoked one, one answered 418. */
export function renderWorld() {
  const T = { root: key(), scoped: key(), revoked: key(), odd: key() };
  const start = () =>
    startRender({
      keys: { [T.root]: { email: 'ana@acme.test', teams: ['Acme'], databases: ['shop-production', 'shop-staging'] }, [T.scoped]: { email: 'bo@acme.test', teams: ['acme-staging'], databases: [] } },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
