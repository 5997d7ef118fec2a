import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Cliengo credentials are recognised by the name they are given (detectors/lib/named.ts); Cliengo is not asked yet.
export default offlineOnly({
  id: 'cliengo',
  name: 'Cliengo',
  because: 'a Cliengo API key recognised by the name it is given; Cliengo is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://app.cliengo.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Cliengo offers.',
});
