import { offlineOnly } from './lib/offline-only.js';

// Offline-only: BlazeMeter credentials are recognised by the name they are given (detectors/lib/named.ts); BlazeMeter is not asked yet.
export default offlineOnly({
  id: 'blazemeter',
  name: 'BlazeMeter',
  because: 'a BlazeMeter API secret recognised by the name it is given; BlazeMeter is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://a.blazemeter.com/app/#/settings/personal/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege BlazeMeter offers.',
});
