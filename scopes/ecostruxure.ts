import { offlineOnly } from './lib/offline-only.js';

// Offline-only: EcoStruxure IT credentials are recognised by the name they are given (detectors/lib/named.ts); EcoStruxure IT is not asked yet.
export default offlineOnly({
  id: 'ecostruxure',
  name: 'EcoStruxure IT',
  because: 'an EcoStruxure IT API key recognised by the name it is given; EcoStruxure IT is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.ecostruxureit.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege EcoStruxure IT offers.',
});
