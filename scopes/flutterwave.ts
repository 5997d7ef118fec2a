import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Flutterwave credentials are recognised by their documented format; this tool does not ask Flutterwave yet.
export default offlineOnly({
  id: 'flutterwave',
  name: 'Flutterwave',
  because: 'a Flutterwave secret key: a live key makes transfers, refunds and charges on the merchant account',
  remediation: 'Regenerate the API keys in the Flutterwave dashboard (Settings > API keys), keep the secret key on the server only, and use test keys outside production.',
});
