// Stand-in for Doppler's API (https://docs.doppler.com/reference/auth-me): GET /v3/me names a token's type, name and
// workplace; an invalid token is 401. It serves no secret values: the resolver must never ask for them, and any other
// route or method is answered 404 and recorded.
import * as fake from '../../src/detect/fake.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface DopplerToken {
  type: string;
  name: string;
  workplace: string;
}

export function startDoppler(world: { tokens: Record<string, DopplerToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('doppler', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { messages: ['Invalid Auth token'], success: false });
    if (req.method !== 'GET' || url.pathname !== '/v3/me') return json(res, 404, { messages: ['Not found'], success: false });
    return json(res, 200, {
      slug: `tok-${t.name}`,
      name: t.name,
      type: t.type,
      created_at: '2026-01-01T00:00:00.000Z',
      last_seen_at: '2026-11-30T00:00:00.000Z',
      workplace: { slug: t.workplace.toLowerCase(), name: t.workplace },
    });
  });
}

/** Doppler's stand-in world: a personal token (root of its workplace), a production service token, a revoked one, one answered 418. */
export function dopplerWorld() {
  const T = { root: `dp.pt.${fake.alnum(43)}`, scoped: `dp.st.prd.${fake.alnum(43)}`, revoked: `dp.pt.${fake.alnum(43)}`, odd: `dp.ct.${fake.alnum(43)}` };
  const start = () =>
    startDoppler({
      tokens: { [T.root]: { type: 'personal', name: 'laptop', workplace: 'Acme' }, [T.scoped]: { type: 'service', name: 'api-prd', workplace: 'Acme' } },
      canned: { [T.odd]: { status: 418, body: { messages: ['teapot'] } } },
    });
  return { T, start };
}
