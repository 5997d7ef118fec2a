import { offlineOnly } from './lib/offline-only.js';

// Offline-only: RapidAPI credentials are recognised by the name they are given (detectors/lib/named.ts); RapidAPI is not asked yet.
export default offlineOnly({
  id: 'rapidapi',
  name: 'RapidAPI',
  because: 'a RapidAPI API key recognised by the name it is given; RapidAPI is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://rapidapi.com/developer/apps), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege RapidAPI offers.',
});
