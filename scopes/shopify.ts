import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Shopify tokens are recognised by their prefixes; this tool does not ask Shopify yet.
export default offlineOnly({
  id: 'shopify',
  name: 'Shopify',
  because: "a Shopify credential: an Admin API access token has its app's scopes on the shop (orders, customers, products), an app secret signs its OAuth",
  remediation: "Reinstall the app with only the scopes it needs, keep tokens out of files the agent reads, and rotate this one in the app's settings.",
});
