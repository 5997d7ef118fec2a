import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Vonage (Nexmo) credentials are recognised by the name they are given (detectors/lib/named.ts); Vonage (Nexmo) is not asked yet.
export default offlineOnly({
  id: 'vonage',
  name: 'Vonage (Nexmo)',
  because: 'a Vonage (Nexmo) API secret recognised by the name it is given; Vonage (Nexmo) is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.nexmo.com/settings), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Vonage (Nexmo) offers.',
});
