import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';
import { isTenantHost, tenantEgress } from './lib/tenant.js';

// A Shopify Admin API access token (shpat_ public or custom app, shpca_ custom app, shppa_ legacy private-app password)
// acts on one shop with the access scopes its app was granted (https://shopify.dev/docs/api/usage/access-scopes). Each
// shop has its own host, {shop}.myshopify.com (https://shopify.dev/docs/api/admin-rest#endpoints): the token is sent
// only to the one *.myshopify.com shop written beside it in the same file, never elsewhere (scopes/lib/tenant.ts).
// GET /admin/oauth/access_scopes.json (header X-Shopify-Access-Token) lists the scopes granted to the token and
// nothing else (https://shopify.dev/docs/api/admin-rest/latest/resources/accessscope). 401 is Shopify's answer to a
// token it does not accept — an uninstalled app's or a deleted one's (https://shopify.dev/docs/api/usage/response-codes);
// 429 with Retry-After is its rate limit (https://shopify.dev/docs/api/usage/limits), handled by the egress layer.
// A write_<resource> scope deletes that resource: DELETE /admin/api/{version}/products/{id}.json (write_products),
// customers (write_customers), orders (write_orders), themes (write_themes), pages and blogs (write_content), files
// (write_files). Shopify documents no restore for a deleted product, customer, order or theme (UNCONFIRMED), and no
// backup of its own that a token could delete. An app token cannot delete the shop or manage staff: never root.
// The app secret (shpss_) signs an app's OAuth and webhooks; it is not an access token and is never sent.

const egress: ProviderEgress = {
  provider: 'shopify',
  base: 'https://myshopify.com',
  // The domain each shop's host sits under: the resolver narrows this to the one shop beside the token.
  hosts: ['myshopify.com'],
  routes: [{ method: 'GET', path: /^\/admin\/oauth\/access_scopes\.json$/ }],
};

const CALL = 'GET /admin/oauth/access_scopes.json';

/** What each write scope can delete, and what the deletion takes with it. */
const DELETES: Array<{ scope: string; action: string; noun: { one: string; many: string }; with?: string[] }> = [
  { scope: 'write_products', action: 'DELETE /admin/api/{version}/products/{id}.json', noun: { one: 'product', many: 'products' }, with: ['their variants and images'] },
  { scope: 'write_customers', action: 'DELETE /admin/api/{version}/customers/{id}.json', noun: { one: 'customer', many: 'customers' } },
  { scope: 'write_orders', action: 'DELETE /admin/api/{version}/orders/{id}.json', noun: { one: 'order', many: 'orders' } },
  { scope: 'write_themes', action: 'DELETE /admin/api/{version}/themes/{id}.json', noun: { one: 'theme', many: 'themes' } },
  { scope: 'write_content', action: 'DELETE /admin/api/{version}/pages/{id}.json', noun: { one: 'page or blog', many: 'pages and blogs' } },
  { scope: 'write_files', action: 'fileDelete (GraphQL Admin API)', noun: { one: 'file', many: 'files' } },
];

const NO_RESTORE = 'that a deleted Shopify product, customer, order, theme, page or file cannot be restored is UNCONFIRMED (no restore is documented)';

const withheld = (f: Finding) =>
  f.tokenKind === 'app-secret'
    ? "an app secret signs the app's OAuth and webhooks; it is not an access token, and nothing read-only takes it"
    : isTenantHost(f.facts.shop, egress.hosts)
      ? undefined
      : 'no single *.myshopify.com shop is written beside the token: a Shopify token is sent only to its own shop';

async function resolveShopify(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const shop = f.facts.shop ?? '';
  const a = await get(ctx, tenantEgress(egress, shop), '/admin/oauth/access_scopes.json', { 'x-shopify-access-token': f.secret }, evidence);
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, `Shopify answered 401 to ${CALL} on ${shop}: the token is invalid or its app uninstalled`);
  if (a.status !== 200) throw unexpected('shopify', a, CALL);
  const list = objectOf<{ access_scopes?: Array<{ handle?: unknown }> }>('shopify', a, CALL).access_scopes;
  if (!Array.isArray(list)) throw unexpected('shopify', a, CALL);
  const scopes = list.flatMap((s) => (typeof s?.handle === 'string' ? [s.handle] : []));
  const store: Resource = { kind: 'account', names: [shop], noun: { one: 'shop', many: 'shops' } };
  const destroy: Destroy[] = DELETES.filter((d) => scopes.includes(d.scope)).map((d) => ({
    action: d.action,
    target: { kind: 'collection', all: true, within: store, noun: d.noun, ...(d.with ? { with: d.with } : {}) },
    destroysBackups: false,
    certainty: 'inferred',
  }));
  const environment = environmentOf(ctx, shop.replace(/\.myshopify\.com$/, ''), shop);
  return liveScope({
    tokenKind: f.tokenKind,
    identity: `${shop} · ${scopes.length} access scope${scopes.length === 1 ? '' : 's'}`,
    environments: environment ? [environment] : [],
    resources: [{ ...store, access: scopes.length ? scopes : ['no access scopes'] }],
    destroy,
    unconfirmed: destroy.length ? [NO_RESTORE] : [],
    evidence,
  });
}

export default defineProvider({
  id: 'shopify',
  name: 'Shopify',
  asks: {
    of: 'Admin API tokens',
    calls: '`GET https://{shop}.myshopify.com/admin/oauth/access_scopes.json`, only to the one `*.myshopify.com` shop written beside the token; app secrets (`shpss_`) are never sent',
    tells:
      "the token's access scopes on its shop; each `write_products`/`customers`/`orders`/`themes`/`content`/`files` scope → that deletion (no restore †); never root (an app token cannot delete the shop)",
    docs: 'https://shopify.dev/docs/api/admin-rest/latest/resources/accessscope',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveShopify,
  withhold: withheld,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'account', ...(f.facts.shop ? { names: [f.facts.shop] } : { count: 1 }), noun: { one: 'shop', many: 'shops' } }],
      because: ["a Shopify credential: an Admin API access token has its app's scopes on the shop (orders, customers, products), an app secret signs its OAuth"],
    }),
  remediation: (f) =>
    f.tokenKind === 'app-secret'
      ? "Keep the app secret in the app's hosting secrets, out of files the agent reads, and rotate it in the Partner Dashboard or the app's settings."
      : "Give the agent a custom app with only the read scopes it needs (no write_* scopes), keep its token out of files the agent reads, and uninstall or rotate this app's token in the shop admin (Settings → Apps and sales channels → Develop apps).",
});
