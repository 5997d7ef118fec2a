import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Jina AI credentials are recognised by their documented format; this tool does not ask Jina AI yet.
export default offlineOnly({
  id: 'jina',
  name: 'Jina AI',
  because: "a Jina AI API key: it spends the account's token balance",
  remediation: 'Keep the key out of files the agent reads and revoke it in the key manager at https://jina.ai/api-dashboard/key-manager.',
});
