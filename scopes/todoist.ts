import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Todoist credentials are recognised by the name they are given (detectors/lib/named.ts); Todoist is not asked yet.
export default offlineOnly({
  id: 'todoist',
  name: 'Todoist',
  because: 'a Todoist API token recognised by the name it is given; Todoist is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.todoist.com/app/settings/integrations/developer), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Todoist offers.',
});
