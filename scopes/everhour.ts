import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Everhour credentials are recognised by the name they are given (detectors/lib/named.ts); Everhour is not asked yet.
export default offlineOnly({
  id: 'everhour',
  name: 'Everhour',
  because: 'an Everhour API key recognised by the name it is given; Everhour is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.everhour.com/#/account/profile), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Everhour offers.',
});
