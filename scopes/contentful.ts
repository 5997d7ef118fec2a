import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Contentful credentials are recognised by the name they are given (detectors/lib/named.ts); Contentful is not asked yet.
export default offlineOnly({
  id: 'contentful',
  name: 'Contentful',
  because: 'a Contentful token recognised by the name it is given or its CFPAT- prefix; Contentful is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.contentful.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Contentful offers.',
});
