import { offlineOnly } from './lib/offline-only.js';

// Offline-only: SparkPost credentials are recognised by the name they are given (detectors/lib/named.ts); SparkPost is not asked yet.
export default offlineOnly({
  id: 'sparkpost',
  name: 'SparkPost',
  because: 'a SparkPost API key recognised by the name it is given; SparkPost is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.sparkpost.com/account/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege SparkPost offers.',
});
