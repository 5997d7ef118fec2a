import { offlineOnly } from './lib/offline-only.js';

// Offline-only: IEX Cloud credentials are recognised by the name they are given (detectors/lib/named.ts); IEX Cloud is not asked yet.
export default offlineOnly({
  id: 'iexcloud',
  name: 'IEX Cloud',
  because: 'an IEX Cloud API token recognised by the name it is given; IEX Cloud is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://iexcloud.io/console/tokens), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege IEX Cloud offers.',
});
