import { offlineOnly } from './lib/offline-only.js';

// Offline-only: lemlist credentials are recognised by the name they are given (detectors/lib/named.ts); lemlist is not asked yet.
export default offlineOnly({
  id: 'lemlist',
  name: 'lemlist',
  because: 'a lemlist API key recognised by the name it is given; lemlist is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.lemlist.com/settings/integrations), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege lemlist offers.',
});
