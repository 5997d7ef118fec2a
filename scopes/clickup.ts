import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: ClickUp credentials are recognised by their documented format; this tool does not ask ClickUp yet.
export default offlineOnly({
  id: 'clickup',
  name: 'ClickUp',
  because: 'a ClickUp personal API token: it acts as its user in every workspace, deleting tasks, lists and spaces included',
  remediation: 'Regenerate the token under Settings > Apps (the old one stops working), and use an OAuth app limited to one workspace for automation.',
});
