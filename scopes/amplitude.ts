import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Amplitude credentials are recognised by the name they are given (detectors/lib/named.ts); Amplitude is not asked yet.
export default offlineOnly({
  id: 'amplitude',
  name: 'Amplitude',
  because: 'an Amplitude secret key recognised by the name it is given; Amplitude is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.amplitude.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Amplitude offers.',
});
