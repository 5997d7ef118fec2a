import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Nightfall credentials are recognised by the name they are given (detectors/lib/named.ts); Nightfall is not asked yet.
export default offlineOnly({
  id: 'nightfall',
  name: 'Nightfall',
  because: 'a Nightfall API key recognised by the name it is given; Nightfall is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://app.nightfall.ai/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Nightfall offers.',
});
