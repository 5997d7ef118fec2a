import { offlineOnly } from './lib/offline-only.js';

// Offline-only: LaunchDarkly credentials are recognised by the name they are given (detectors/lib/named.ts); LaunchDarkly is not asked yet.
export default offlineOnly({
  id: 'launchdarkly',
  name: 'LaunchDarkly',
  because: 'a LaunchDarkly access token recognised by the name it is given; LaunchDarkly is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.launchdarkly.com/settings/authorization), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege LaunchDarkly offers.',
});
