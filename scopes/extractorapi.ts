import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ExtractorAPI credentials are recognised by the name they are given (detectors/lib/named.ts); ExtractorAPI is not asked yet.
export default offlineOnly({
  id: 'extractorapi',
  name: 'ExtractorAPI',
  because: 'an ExtractorAPI API key recognised by the name it is given; ExtractorAPI is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://extractorapi.com/dashboard/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ExtractorAPI offers.',
});
