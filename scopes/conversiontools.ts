import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Conversion Tools credentials are recognised by the name they are given (detectors/lib/named.ts); Conversion Tools is not asked yet.
export default offlineOnly({
  id: 'conversiontools',
  name: 'Conversion Tools',
  because: 'a Conversion Tools API token recognised by the name it is given; Conversion Tools is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://conversiontools.io/profile), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Conversion Tools offers.',
});
