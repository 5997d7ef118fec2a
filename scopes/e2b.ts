import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: E2B credentials are recognised by their documented format; this tool does not ask E2B yet.
export default offlineOnly({
  id: 'e2b',
  name: 'E2B',
  because: "an E2B API key: it starts, reads and kills the team's sandboxes and spends its compute credits",
  remediation: 'Keep the key out of files the agent reads and delete it under Keys in the E2B dashboard (https://e2b.dev/dashboard?tab=keys).',
});
