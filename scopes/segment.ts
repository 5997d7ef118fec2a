import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Segment credentials are recognised by their documented shape; Segment is not asked yet.
export default offlineOnly({
  id: 'segment',
  name: 'Segment',
  because: 'a Segment Public API token recognised by its shape; Segment is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.segment.com/goto-my-workspace/settings/access-management/tokens), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Segment offers.',
});
