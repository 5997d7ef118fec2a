import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ThingsBoard credentials are recognised by their documented shape; ThingsBoard is not asked yet.
export default offlineOnly({
  id: 'thingsboard',
  name: 'ThingsBoard',
  because: 'a ThingsBoard device token recognised by its shape; ThingsBoard is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://thingsboard.io/docs/user-guide/ui/devices/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege ThingsBoard offers.',
});
