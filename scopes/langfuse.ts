import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Langfuse credentials are recognised by their documented format; this tool does not ask Langfuse yet.
export default offlineOnly({
  id: 'langfuse',
  name: 'Langfuse',
  because: 'a Langfuse project secret key: with its public key it reads and writes every trace, prompt and dataset of the project',
  remediation: 'Create new project API keys, keep the secret key out of files the agent reads, and delete this pair under Project Settings > API Keys.',
});
