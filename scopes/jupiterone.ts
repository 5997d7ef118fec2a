import { offlineOnly } from './lib/offline-only.js';

// Offline-only: JupiterOne credentials are recognised by the name they are given (detectors/lib/named.ts); JupiterOne is not asked yet.
export default offlineOnly({
  id: 'jupiterone',
  name: 'JupiterOne',
  because: 'a JupiterOne API key recognised by the name it is given; JupiterOne is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://apps.us.jupiterone.io/settings/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege JupiterOne offers.',
});
