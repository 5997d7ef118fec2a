import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Shortcut credentials are recognised by the name they are given (detectors/lib/named.ts); Shortcut is not asked yet.
export default offlineOnly({
  id: 'shortcut',
  name: 'Shortcut',
  because: 'a Shortcut API token recognised by the name it is given; Shortcut is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.shortcut.com/settings/account/api-tokens), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Shortcut offers.',
});
