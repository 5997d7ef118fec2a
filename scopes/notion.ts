import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Notion tokens are recognised by their prefixes; this tool does not ask Notion yet.
export default offlineOnly({
  id: 'notion',
  name: 'Notion',
  because: 'a Notion integration token: it reads and edits every page shared with its integration',
  remediation: "Share only the pages the agent needs with an integration that has read capabilities, and rotate this token in the integration's settings.",
});
