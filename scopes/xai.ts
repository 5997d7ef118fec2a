import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: xAI keys are recognised by their prefix; this tool does not ask xAI yet.
export default offlineOnly({
  id: 'xai',
  name: 'xAI',
  because: "an xAI API key: it spends its team's credits on the models and endpoints chosen at creation",
  remediation: 'Create a key limited to the models and endpoints the agent needs, kept out of files it reads, and delete this one at https://console.x.ai.',
});
