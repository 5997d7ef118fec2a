import { offlineOnly } from './lib/offline-only.js';

// Offline-only: AbuseIPDB credentials are recognised by the name they are given (detectors/lib/named.ts); AbuseIPDB is not asked yet.
export default offlineOnly({
  id: 'abuseipdb',
  name: 'AbuseIPDB',
  because: 'an AbuseIPDB API key recognised by the name it is given; AbuseIPDB is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.abuseipdb.com/account/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege AbuseIPDB offers.',
});
