import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ZeroBounce credentials are recognised by their documented shape; ZeroBounce is not asked yet.
export default offlineOnly({
  id: 'zerobounce',
  name: 'ZeroBounce',
  because: 'a ZeroBounce api key recognised by its shape; ZeroBounce is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.zerobounce.net/members/API), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege ZeroBounce offers.',
});
