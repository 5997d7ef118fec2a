import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Hetzner Cloud credentials are recognised by the name they are given (detectors/lib/named.ts); Hetzner Cloud is not asked yet.
export default offlineOnly({
  id: 'hetzner',
  name: 'Hetzner Cloud',
  because: 'a Hetzner Cloud API token recognised by the name it is given; Hetzner Cloud is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://console.hetzner.cloud/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Hetzner Cloud offers.',
});
