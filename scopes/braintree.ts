import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Braintree credentials are recognised by the name they are given (detectors/lib/named.ts); Braintree is not asked yet.
export default offlineOnly({
  id: 'braintree',
  name: 'Braintree',
  because: 'a Braintree private key recognised by the name it is given; Braintree is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.braintreegateway.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Braintree offers.',
});
