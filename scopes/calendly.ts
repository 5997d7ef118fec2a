import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Calendly credentials are recognised by the name they are given (detectors/lib/named.ts); Calendly is not asked yet.
export default offlineOnly({
  id: 'calendly',
  name: 'Calendly',
  because: 'a Calendly personal access token recognised by the name it is given; Calendly is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://calendly.com/integrations/api_webhooks), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Calendly offers.',
});
