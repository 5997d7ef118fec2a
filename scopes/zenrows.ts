import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ZenRows credentials are recognised by the name they are given (detectors/lib/named.ts); ZenRows is not asked yet.
export default offlineOnly({
  id: 'zenrows',
  name: 'ZenRows',
  because: 'a ZenRows API key recognised by the name it is given; ZenRows is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.zenrows.com/builder), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ZenRows offers.',
});
