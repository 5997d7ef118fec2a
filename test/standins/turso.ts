// Stand-in for the Turso Platform API (https://docs.turso.tech/api-reference/organizations/list, …/databases/list):
// GET /v1/organizations and GET /v1/organizations/{org}/databases with a Bearer platform token; an invalid token is
// 401. It mints no database tokens: any other route or method is answered 404 and recorded.
import * as fake from '../../src/detect/fake.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export type TursoToken = Record<string, string[]>;

export function startTurso(world: { tokens: Record<string, TursoToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('turso', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { error: 'invalid token' });
    if (req.method !== 'GET') return json(res, 404, { error: 'not found' });
    if (url.pathname === '/v1/organizations')
      return json(
        res,
        200,
        Object.keys(t).map((slug, i) => ({ name: slug, slug, type: i ? 'team' : 'personal', overages: false, blocked_reads: false })),
      );
    const m = /^\/v1\/organizations\/([^/]+)\/databases$/.exec(url.pathname);
    if (m && t[m[1]]) return json(res, 200, { databases: t[m[1]].map((Name, i) => ({ Name, DbId: `db-${i}`, Hostname: `${Name}-${m[1]}.turso.io`, group: 'default' })) });
    json(res, 404, { error: 'not found' });
  });
}

const segment = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = () => `${segment({ alg: 'RS256', typ: 'JWT' })}.${segment({ iat: 1767225600, id: fake.alnum(22) })}.${fake.base64url(86)}`;

/** Turso's stand-in world: a token reaching a production database, one whose user holds staging only, a revoked one, one answered 418. */
export function tursoWorld() {
  const T = { root: token(), scoped: token(), revoked: token(), odd: token() };
  const start = () =>
    startTurso({
      tokens: { [T.root]: { ana: [], acme: ['shop-production', 'shop-staging'] }, [T.scoped]: { 'bo-staging': ['scratch'] } },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
