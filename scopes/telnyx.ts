import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Telnyx credentials are recognised by their documented shape; Telnyx is not asked yet.
export default offlineOnly({
  id: 'telnyx',
  name: 'Telnyx',
  because: 'a Telnyx API V2 key recognised by its KEY prefix under a Telnyx name; Telnyx is not asked, but a key reaches every resource of its account',
  remediation:
    'Delete it under API Keys in the Mission Control Portal (https://portal.telnyx.com/#/app/api-keys) and create a new one with an expiry, keep it in a secret store the agent cannot read, and use separate keys for development and production.',
});
