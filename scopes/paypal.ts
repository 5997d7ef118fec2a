import { offlineOnly } from './lib/offline-only.js';

// Offline-only: PayPal credentials are recognised by the name they are given (detectors/lib/named.ts); PayPal is not asked yet.
export default offlineOnly({
  id: 'paypal',
  name: 'PayPal',
  because: 'a PayPal client secret recognised by the name it is given; PayPal is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://developer.paypal.com/dashboard/applications), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege PayPal offers.',
});
