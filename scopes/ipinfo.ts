import { offlineOnly } from './lib/offline-only.js';

// Offline-only: IPinfo credentials are recognised by the name they are given (detectors/lib/named.ts); IPinfo is not asked yet.
export default offlineOnly({
  id: 'ipinfo',
  name: 'IPinfo',
  because: 'an IPinfo access token recognised by the name it is given; IPinfo is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://ipinfo.io/account/token), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege IPinfo offers.',
});
