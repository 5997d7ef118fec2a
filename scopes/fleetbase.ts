import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Fleetbase credentials are recognised by their documented prefix; Fleetbase is not asked yet.
export default offlineOnly({
  id: 'fleetbase',
  name: 'Fleetbase',
  because: 'a Fleetbase secret key recognised by its flb_live_ or flb_test_ prefix; Fleetbase is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://console.fleetbase.io/developers/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Fleetbase offers.',
});
