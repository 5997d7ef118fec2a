import { offlineOnly } from './lib/offline-only.js';

// Offline-only: BrowserStack credentials are recognised by the name they are given (detectors/lib/named.ts); BrowserStack is not asked yet.
export default offlineOnly({
  id: 'browserstack',
  name: 'BrowserStack',
  because: 'a BrowserStack access key recognised by the name it is given; BrowserStack is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.browserstack.com/accounts/settings), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege BrowserStack offers.',
});
