import { offlineOnly } from './lib/offline-only.js';

// Offline-only: MuleSoft Anypoint credentials are recognised by the name they are given (detectors/lib/named.ts); MuleSoft Anypoint is not asked yet.
export default offlineOnly({
  id: 'anypoint',
  name: 'MuleSoft Anypoint',
  because: 'a MuleSoft Anypoint access token recognised by the name it is given; MuleSoft Anypoint is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://anypoint.mulesoft.com/accounts/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege MuleSoft Anypoint offers.',
});
