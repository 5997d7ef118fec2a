import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Deepgram credentials are recognised by the name they are given (detectors/lib/named.ts); Deepgram is not asked yet.
export default offlineOnly({
  id: 'deepgram',
  name: 'Deepgram',
  because: 'a Deepgram API key recognised by the name it is given; Deepgram is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://console.deepgram.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Deepgram offers.',
});
