// Stand-in for Sentry's API (https://docs.sentry.io/api/users/list-your-organizations/): GET /api/0/organizations/
// lists the organizations a token reaches (the key's own for an organization token), `owner=true` those its user
// owns; an invalid token is 401 {"detail": "Invalid token"}. Any other route or method is answered 404 and recorded.
import * as fake from '../../src/detect/fake.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface SentryToken {
  orgs: string[];
  owned?: string[];
}

export function startSentry(world: { tokens: Record<string, SentryToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('sentry', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { detail: 'Invalid token' });
    if (req.method !== 'GET' || url.pathname !== '/api/0/organizations/') return json(res, 404, { detail: 'Not found' });
    const slugs = url.searchParams.get('owner') === 'true' ? (t.owned ?? []) : t.orgs;
    return json(
      res,
      200,
      slugs.map((slug, i) => ({ id: String(100 + i), slug, name: slug, status: { id: 'active', name: 'active' }, dateCreated: '2025-01-01T00:00:00Z', links: { regionUrl: 'https://us.sentry.io' } })),
    );
  });
}

const orgToken = (org: string) =>
  `sntrys_${Buffer.from(JSON.stringify({ iat: 1767225600, url: 'https://sentry.io', region_url: 'https://us.sentry.io', org }))
    .toString('base64')
    .replace(/=+$/, '')}_${fake.base64(43)}`;
const userToken = () => `sntryu_${fake.hex(64)}`;

/** Sentry's stand-in world: a user token owning an organization (root), an organization token, a revoked one, one answered 418. */
export function sentryWorld() {
  const T = { root: userToken(), scoped: orgToken('acme-prod'), revoked: userToken(), odd: userToken() };
  const start = () =>
    startSentry({
      tokens: { [T.root]: { orgs: ['acme', 'acme-staging'], owned: ['acme'] }, [T.scoped]: { orgs: ['acme-prod'] } },
      canned: { [T.odd]: { status: 418, body: { detail: 'teapot' } } },
    });
  return { T, start };
}
