import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Mailsac credentials are recognised by the name they are given (detectors/lib/named.ts); Mailsac is not asked yet.
export default offlineOnly({
  id: 'mailsac',
  name: 'Mailsac',
  because: 'a Mailsac api key recognised by the name it is given; Mailsac is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://mailsac.com/v2/credentials), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Mailsac offers.',
});
