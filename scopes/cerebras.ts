import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Cerebras credentials are recognised by their documented format; this tool does not ask Cerebras yet.
export default offlineOnly({
  id: 'cerebras',
  name: 'Cerebras',
  because: "a Cerebras Cloud API key: it spends the account's inference quota and credits",
  remediation: 'Keep the key out of files the agent reads and delete it under API Keys at https://cloud.cerebras.ai/platform.',
});
