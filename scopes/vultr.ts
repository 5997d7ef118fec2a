import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Vultr credentials are recognised by the name they are given (detectors/lib/named.ts); Vultr is not asked yet.
export default offlineOnly({
  id: 'vultr',
  name: 'Vultr',
  because: 'a Vultr API key recognised by the name it is given; Vultr is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://my.vultr.com/settings/#settingsapi), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Vultr offers.',
});
