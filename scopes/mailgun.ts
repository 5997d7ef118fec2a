import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Mailgun credentials are recognised by the name they are given (detectors/lib/named.ts); Mailgun is not asked yet.
export default offlineOnly({
  id: 'mailgun',
  name: 'Mailgun',
  because: 'a Mailgun api key recognised by the name it is given; Mailgun is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.mailgun.com/settings/api_security), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Mailgun offers.',
});
