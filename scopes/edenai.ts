import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Eden AI credentials are recognised by the name they are given (detectors/lib/named.ts); Eden AI is not asked yet.
export default offlineOnly({
  id: 'edenai',
  name: 'Eden AI',
  because: 'an Eden AI API key recognised by the name it is given; Eden AI is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.edenai.run/admin/account/settings), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Eden AI offers.',
});
