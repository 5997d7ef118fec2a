import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Mailjet credentials are recognised by the name they are given (detectors/lib/named.ts); Mailjet is not asked yet.
export default offlineOnly({
  id: 'mailjet',
  name: 'Mailjet',
  because: 'a Mailjet API secret recognised by the name it is given; Mailjet is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.mailjet.com/account/apikeys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Mailjet offers.',
});
