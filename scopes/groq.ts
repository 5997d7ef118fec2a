import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Groq keys are recognised by their prefix; this tool does not ask Groq yet.
export default offlineOnly({
  id: 'groq',
  name: 'Groq',
  because: 'a Groq API key (gsk_): Groq has no scoped keys, so it reaches every model and file of its organization',
  remediation: 'Keep one Groq key per application in a secret store the agent cannot read, and delete this one at https://console.groq.com/keys.',
});
