import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Fixer credentials are recognised by the name they are given (detectors/lib/named.ts); Fixer is not asked yet.
export default offlineOnly({
  id: 'fixer',
  name: 'Fixer',
  because: 'a Fixer access key recognised by the name it is given; Fixer is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://fixer.io/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Fixer offers.',
});
