// Stand-in for PlanetScale's API (https://planetscale.com/docs/api/service-tokens): `Authorization: <id>:<token>`,
// GET /v1/organizations and GET /v1/organizations/{org}/databases; an unknown id and token pair is 401. It serves no
// branch passwords: any other route or method is answered 404 and recorded.
import type { IncomingMessage } from 'node:http';
import * as fake from '../../src/detect/fake.js';
import { json, serve, type Canned, type Standin } from './index.js';

export type PlanetScaleToken = Record<string, string[]>;

/** The service token of `Authorization: <id>:<token>` (the stand-in keys its world by `<id>:<token>`). */
const pairOf = (req: IncomingMessage) => req.headers.authorization;

export function startPlanetScale(world: { tokens: Record<string, PlanetScaleToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('planetscale', pairOf, world.canned, (req, url, pair, res) => {
    const t = pair ? world.tokens[pair] : undefined;
    if (!t) return json(res, 401, { code: 'unauthorized', message: 'Unauthorized' });
    if (req.method !== 'GET') return json(res, 404, { code: 'not_found', message: 'Not Found' });
    if (url.pathname === '/v1/organizations') return json(res, 200, { type: 'list', current_page: 1, data: Object.keys(t).map((name) => ({ id: name, type: 'Organization', name })) });
    const m = /^\/v1\/organizations\/([^/]+)\/databases$/.exec(url.pathname);
    if (m && t[m[1]])
      return json(res, 200, { type: 'list', current_page: 1, data: t[m[1]].map((name, i) => ({ id: `db${i}`, type: 'database', name, state: 'ready', production: name.includes('prod') })) });
    json(res, 404, { code: 'not_found', message: 'Not Found' });
  });
}

/** PlanetScale's stand-in world: service tokens with their ids; one reaching production, one staging only, a revoked one, one answered 418. */
export function planetscaleWorld() {
  const token = () => ({ id: fake.lowerAlnum(12), secret: `pscale_tkn_${fake.base64url(43)}` });
  const T = { root: token(), scoped: token(), revoked: token(), odd: token() };
  const pair = (t: { id: string; secret: string }) => `${t.id}:${t.secret}`;
  const start = () =>
    startPlanetScale({
      tokens: { [pair(T.root)]: { acme: ['shop-production', 'shop-staging'] }, [pair(T.scoped)]: { acme: ['scratch-staging'] } },
      canned: { [pair(T.odd)]: { status: 418, body: {} } },
    });
  return { T, start };
}
