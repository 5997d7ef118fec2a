import { offlineOnly } from './lib/offline-only.js';

// Offline-only: PagerDuty credentials are recognised by the name they are given (detectors/lib/named.ts); PagerDuty is not asked yet.
export default offlineOnly({
  id: 'pagerduty',
  name: 'PagerDuty',
  because: 'a PagerDuty API key recognised by the name it is given; PagerDuty is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://support.pagerduty.com/main/docs/api-access-keys#generate-a-general-access-rest-api-key), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege PagerDuty offers.',
});
