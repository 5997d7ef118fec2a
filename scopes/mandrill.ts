import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Mandrill credentials are recognised by the name they are given (detectors/lib/named.ts); Mandrill is not asked yet.
export default offlineOnly({
  id: 'mandrill',
  name: 'Mandrill',
  because: 'a Mandrill API key recognised by the name it is given; Mandrill is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://mandrillapp.com/settings), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Mandrill offers.',
});
