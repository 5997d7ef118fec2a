// Stand-in for a Shopify shop's Admin API (https://shopify.dev/docs/api/admin-rest/latest/resources/accessscope,
// https://shopify.dev/docs/api/usage/response-codes): GET /admin/oauth/access_scopes.json with X-Shopify-Access-Token
// lists the token's scopes; a token the shop does not know gets 401 and Shopify's error body. Any other route or
// method is answered 404 and recorded.
import * as fake from '../../src/detect/fake.js';
import { json, serve, type Canned, type Standin } from './index.js';

export function startShopify(world: { tokens: Record<string, string[]>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve(
    'shopify',
    (req) => req.headers['x-shopify-access-token'] as string | undefined,
    world.canned,
    (req, url, token, res) => {
      const scopes = token ? world.tokens[token] : undefined;
      if (!scopes) return json(res, 401, { errors: '[API] Invalid API key or access token (unrecognized login or wrong password)' });
      if (req.method !== 'GET' || url.pathname !== '/admin/oauth/access_scopes.json') return json(res, 404, { errors: 'Not Found' });
      json(res, 200, { access_scopes: scopes.map((handle) => ({ handle })) });
    },
  );
}

const token = (prefix = 'shpat_') => prefix + fake.hex(32);

/** Shopify's world: a token with write scopes, a read-only one, a revoked one, one answered 418. */
export function shopifyWorld() {
  const T = { root: token(), scoped: token('shpca_'), revoked: token(), odd: token() };
  const start = () =>
    startShopify({
      tokens: { [T.root]: ['read_products', 'write_products', 'write_orders', 'write_customers'], [T.scoped]: ['read_products', 'read_orders'] },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
