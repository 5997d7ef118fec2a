import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Replicate tokens are recognised by their prefix; this tool does not ask Replicate yet.
export default offlineOnly({
  id: 'replicate',
  name: 'Replicate',
  because: 'a Replicate API token (r8_): it acts as its account, runs models and manages its deployments',
  remediation: 'Use one token per application, kept out of files the agent reads, and disable this one at https://replicate.com/account/api-tokens.',
});
