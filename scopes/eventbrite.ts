import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Eventbrite credentials are recognised by the name they are given (detectors/lib/named.ts); Eventbrite is not asked yet.
export default offlineOnly({
  id: 'eventbrite',
  name: 'Eventbrite',
  because: 'an Eventbrite private token recognised by the name it is given; Eventbrite is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.eventbrite.com/platform/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Eventbrite offers.',
});
