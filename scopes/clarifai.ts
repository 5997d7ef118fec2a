import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Clarifai credentials are recognised by the name they are given (detectors/lib/named.ts); Clarifai is not asked yet.
export default offlineOnly({
  id: 'clarifai',
  name: 'Clarifai',
  because: 'a Clarifai personal access token recognised by the name it is given; Clarifai is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://clarifai.com/settings/security), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Clarifai offers.',
});
