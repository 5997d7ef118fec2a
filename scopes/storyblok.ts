import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Storyblok credentials are recognised by the name they are given (detectors/lib/named.ts); Storyblok is not asked yet.
export default offlineOnly({
  id: 'storyblok',
  name: 'Storyblok',
  because: 'a Storyblok access token recognised by the name it is given; Storyblok is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.storyblok.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Storyblok offers.',
});
