import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Enigma credentials are recognised by the name they are given (detectors/lib/named.ts); Enigma is not asked yet.
export default offlineOnly({
  id: 'enigma',
  name: 'Enigma',
  because: 'an Enigma API key recognised by the name it is given; Enigma is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://console.enigma.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Enigma offers.',
});
