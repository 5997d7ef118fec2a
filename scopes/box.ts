import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Box credentials are recognised by the name they are given (detectors/lib/named.ts); Box is not asked yet.
export default offlineOnly({
  id: 'box',
  name: 'Box',
  because: 'a Box developer token recognised by the name it is given; Box is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.box.com/developers/console), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Box offers.',
});
