import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Apifonica credentials are recognised by the name they are given (detectors/lib/named.ts); Apifonica is not asked yet.
export default offlineOnly({
  id: 'apifonica',
  name: 'Apifonica',
  because: 'an Apifonica API key recognised by the name it is given; Apifonica is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://my.apifonica.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Apifonica offers.',
});
