import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Perplexity credentials are recognised by their documented format; this tool does not ask Perplexity yet.
export default offlineOnly({
  id: 'perplexity',
  name: 'Perplexity',
  because: "a Perplexity API key: it spends the account's API credits on every API group it belongs to",
  remediation:
    "Keep the key out of files the agent reads (a secret manager or the agent's own environment), and delete it in the API Keys tab of the Perplexity API portal (https://www.perplexity.ai/account/api/keys).",
});
