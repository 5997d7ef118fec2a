import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Shippo credentials are recognised by their documented format; this tool does not ask Shippo yet.
export default offlineOnly({
  id: 'shippo',
  name: 'Shippo',
  because: 'a Shippo API token: a live token buys labels charged to the account and reads shipment addresses',
  remediation: 'Use the test token outside production, and regenerate the live token at https://apps.goshippo.com/settings/api.',
});
