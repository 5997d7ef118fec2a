import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Dropbox Sign (HelloSign) credentials are recognised by the name they are given (detectors/lib/named.ts); Dropbox Sign (HelloSign) is not asked yet.
export default offlineOnly({
  id: 'hellosign',
  name: 'Dropbox Sign (HelloSign)',
  because: 'a Dropbox Sign (HelloSign) API key recognised by the name it is given; Dropbox Sign (HelloSign) is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.hellosign.com/home/myAccount#api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Dropbox Sign (HelloSign) offers.',
});
