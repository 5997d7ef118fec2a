import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Airbrake credentials are recognised by the name they are given (detectors/lib/named.ts); Airbrake is not asked yet.
export default offlineOnly({
  id: 'airbrake',
  name: 'Airbrake',
  because: 'an Airbrake project key recognised by the name it is given; Airbrake is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://airbrake.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Airbrake offers.',
});
