import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Duffel credentials are recognised by their documented format; this tool does not ask Duffel yet.
export default offlineOnly({
  id: 'duffel',
  name: 'Duffel',
  because: "a Duffel access token: a live token books and cancels flights charged to the account's balance",
  remediation: 'Use a test token outside production, and revoke this one at https://app.duffel.com/tokens.',
});
