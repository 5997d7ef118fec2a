import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: OpenRouter keys are recognised by their prefix; this tool does not ask OpenRouter yet.
export default offlineOnly({
  id: 'openrouter',
  name: 'OpenRouter',
  because: 'an OpenRouter API key (sk-or-v1-): it spends its account credits on any routed model, up to the limit set on the key',
  remediation: 'Give the agent a key with a credit limit, kept out of files it reads, and delete this one at https://openrouter.ai/settings/keys.',
});
