import { offlineOnly } from './lib/offline-only.js';

// Offline-only: GetEmail.io credentials are recognised by the name they are given (detectors/lib/named.ts); GetEmail.io is not asked yet.
export default offlineOnly({
  id: 'getemail',
  name: 'GetEmail.io',
  because: 'a GetEmail.io API key recognised by the name it is given; GetEmail.io is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.getemail.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege GetEmail.io offers.',
});
