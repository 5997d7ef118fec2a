import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Mixpanel credentials are recognised by the name they are given (detectors/lib/named.ts); Mixpanel is not asked yet.
export default offlineOnly({
  id: 'mixpanel',
  name: 'Mixpanel',
  because: 'a Mixpanel API secret recognised by the name it is given; Mixpanel is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://mixpanel.com/settings/project), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Mixpanel offers.',
});
