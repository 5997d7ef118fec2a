import { offlineOnly } from './lib/offline-only.js';

// Offline-only: GoCardless credentials are recognised by the name they are given (detectors/lib/named.ts); GoCardless is not asked yet.
export default offlineOnly({
  id: 'gocardless',
  name: 'GoCardless',
  because: 'a GoCardless access token recognised by the name it is given; GoCardless is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://manage.gocardless.com/developers/access-tokens), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege GoCardless offers.',
});
