import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Calendarific credentials are recognised by the name they are given (detectors/lib/named.ts); Calendarific is not asked yet.
export default offlineOnly({
  id: 'calendarific',
  name: 'Calendarific',
  because: 'a Calendarific API key recognised by the name it is given; Calendarific is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://calendarific.com/account), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Calendarific offers.',
});
