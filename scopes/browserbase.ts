import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Browserbase credentials are recognised by their documented format; this tool does not ask Browserbase yet.
export default offlineOnly({
  id: 'browserbase',
  name: 'Browserbase',
  because: 'a Browserbase API key: it runs browser sessions in the project, with its saved contexts (logged-in cookies), and spends its minutes',
  remediation: "Keep the key out of files the agent reads and rotate it in the project's Settings at https://www.browserbase.com/settings.",
});
