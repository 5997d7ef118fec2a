import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: ReadMe credentials are recognised by their documented format; this tool does not ask ReadMe yet.
export default offlineOnly({
  id: 'readme',
  name: 'ReadMe',
  because: "a ReadMe API key: it edits and deletes the project's pages, API definitions and versions",
  remediation: "Keep the key in CI secrets, out of files the agent reads, and regenerate it in the project's API Keys settings on dash.readme.com.",
});
