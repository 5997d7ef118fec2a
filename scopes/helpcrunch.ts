import { offlineOnly } from './lib/offline-only.js';

// Offline-only: HelpCrunch credentials are recognised by the name they are given (detectors/lib/named.ts); HelpCrunch is not asked yet.
export default offlineOnly({
  id: 'helpcrunch',
  name: 'HelpCrunch',
  because: 'a HelpCrunch API key recognised by the name it is given; HelpCrunch is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://helpcrunch.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege HelpCrunch offers.',
});
