import { offlineOnly } from './lib/offline-only.js';

// Offline-only: SecurityTrails credentials are recognised by the name they are given (detectors/lib/named.ts); SecurityTrails is not asked yet.
export default offlineOnly({
  id: 'securitytrails',
  name: 'SecurityTrails',
  because: 'a SecurityTrails API key recognised by the name it is given; SecurityTrails is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://securitytrails.com/app/account/credentials), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege SecurityTrails offers.',
});
