// Shopify resolver against its stand-in (test/standins/shopify.ts): an Admin API token is asked about only on the one
// *.myshopify.com shop written beside it; a token with write scopes (products, orders, customers deletable), a
// read-only one, then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { canonicalCases, providerSuite } from './canonical.js';
import { recorded } from './standins/index.js';
import { shopifyWorld } from './standins/shopify.js';

const { T, start } = shopifyWorld();

const suite = providerSuite({
  id: 'shopify',
  start,
  line: (t: string) => `SHOPIFY_STORE=acme-staging.myshopify.com\nSHOPIFY_ACCESS_TOKEN=${t}\n`,
  secrets: () => Object.values(T),
});

const asked = (t: string) => recorded.filter((r) => r.provider === 'shopify' && r.headers['x-shopify-access-token'] === t).length;

describe('Shopify', () => {
  it('a token with write scopes: live on its shop, product, order and customer deletion (no restore inferred), not root', async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: false, identity: 'acme-staging.myshopify.com · 4 access scopes', reach: { environments: ['staging'] } });
    expect(scope!.evidence).toEqual(['GET /admin/oauth/access_scopes.json']);
    expect(scope!.destroy.map((d) => d.action)).toEqual([
      'DELETE /admin/api/{version}/products/{id}.json',
      'DELETE /admin/api/{version}/customers/{id}.json',
      'DELETE /admin/api/{version}/orders/{id}.json',
    ]);
    expect(scope!.destroy.every((d) => d.certainty === 'inferred' && !d.destroysBackups)).toBe(true);
    expect(rules).toContain('ABR003');
    expect(rules).not.toContain('ABR001');
  });

  it('a read-only token: live, nothing to delete', async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, destroy: [] });
    expect(scope!.reach.resources[0].access).toEqual(['read_products', 'read_orders']);
    expect(rules).toEqual(['ABR006']);
  });

  it('no shop beside the token, two shops, or a host that is not a shop: the token is sent nowhere', async () => {
    const before = asked(T.root);
    for (const text of [
      `SHOPIFY_ACCESS_TOKEN=${T.root}\n`,
      `SHOP_A=acme.myshopify.com\nSHOP_B=other.myshopify.com\nSHOPIFY_ACCESS_TOKEN=${T.root}\n`,
      `SHOPIFY_STORE=acme.myshopify.com.evil.example\nSHOPIFY_ACCESS_TOKEN=${T.root}\n`,
      `SHOPIFY_STORE=shop.acme.example\nSHOPIFY_ACCESS_TOKEN=${T.root}\n`,
    ]) {
      const r = await suite.scanFiles({ '.env': text });
      const s = suite.scopeOf(r, T.root);
      expect(s).toMatchObject({ status: 'unknown', resolution: 'offline' });
      expect(s.reason).toMatch(/no single \*\.myshopify\.com shop is written beside the token/);
    }
    expect(asked(T.root)).toBe(before);
  });

  it('an app secret (shpss_) is never sent', async () => {
    const secret = `shpss_${fake.hex(32)}`;
    const r = await suite.scanFiles({ 'shopify.app.toml': `[app]\nshop = "acme.myshopify.com"\nclient_secret = "${secret}"\n` });
    const s = suite.scopeOf(r, secret);
    expect(s.reason).toMatch(/app secret .* not an access token/);
    expect(recorded.some((x) => x.provider === 'shopify' && JSON.stringify(x).includes(secret))).toBe(false);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
