import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Facebook credentials are recognised by the name they are given (detectors/lib/named.ts); Facebook is not asked yet.
export default offlineOnly({
  id: 'facebook',
  name: 'Facebook',
  because: 'a Facebook app secret recognised by the name it is given; Facebook is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://developers.facebook.com/apps/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Facebook offers.',
});
