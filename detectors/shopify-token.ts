import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { hostBeside, tenantHostPattern } from './lib/tenant-host.js';

// Shopify prefixes its 32-character secrets: shpat_ (public-app access token), shpca_ (custom app), shppa_ (legacy
// private app) (https://shopify.dev/changelog/length-of-the-shopify-access-token-is-increasing) and shpss_ (app
// secret, https://shopify.dev/changelog/app-secret-key-length-has-increased). The 32 characters are hex (observed,
// UNCONFIRMED). An Admin API access token has its app's scopes on the shop: orders, customers, products.
const KINDS: Record<string, string> = { shpat: 'admin-access-token', shpca: 'custom-app-access-token', shppa: 'private-app-password', shpss: 'app-secret' };
// Each shop has its own Admin API host, https://{shop}.myshopify.com/admin/… (https://shopify.dev/docs/api/admin-rest#endpoints):
// the one shop written beside the token (SHOPIFY_STORE=acme.myshopify.com) is where the resolver may ask.
const SHOP = tenantHostPattern(['myshopify.com']);

export default defineDetector({
  id: 'shopify-token',
  provider: 'shopify',
  tokenKind: 'admin-access-token',
  keywords: ['shpat_', 'shpca_', 'shppa_', 'shpss_'],
  pattern: /\b(shp(?:at|ca|pa|ss)_[a-fA-F0-9]{32})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[a-fA-F]/.test(secret.slice(6)) && /[0-9]/.test(secret.slice(6)),
  enrich: (secret, input) => {
    const shop = hostBeside(input.text, SHOP);
    return { tokenKind: KINDS[secret.slice(0, 5)], ...(shop ? { facts: { shop } } : {}) };
  },
  redaction: { kind: 'prefix', prefix: /^shp(?:at|ca|pa|ss)_/ },
  docs: { url: 'https://shopify.dev/docs/api/usage/authentication', rotate: 'https://help.shopify.com/en/manual/apps/app-types/custom-apps' },
  examples: () => ({
    positive: [
      { text: (t) => `SHOPIFY_ACCESS_TOKEN=${t}`, secret: 'shpat_' + fake.hex(32), variable: 'SHOPIFY_ACCESS_TOKEN' },
      { text: (t) => `{"mcpServers":{"shopify":{"env":{"SHOPIFY_STORE":"acme.myshopify.com","SHOPIFY_ADMIN_TOKEN":"${t}"}}}}`, secret: 'shpca_' + fake.hex(32) },
      { text: (t) => `[app]\nclient_secret = "${t}"\n`, secret: 'shpss_' + fake.hex(32), path: 'shopify.app.toml' },
    ],
    negative: [
      { text: `SHOPIFY_ACCESS_TOKEN=shpat_${fake.hex(24)}`, why: 'near miss: 24 hex characters, not 32' },
      { text: `SHOPIFY_ACCESS_TOKEN=shpat_${fake.lowerAlnum(32).replace(/[0-9a-f]/g, 'z')}`, why: 'not hex' },
    ],
  }),
});
