import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Xata credentials are recognised by their documented format; this tool does not ask Xata yet.
export default offlineOnly({
  id: 'xata',
  name: 'Xata',
  because: 'a Xata API key: a personal key acts as its user in every workspace, deleting databases and branches included',
  remediation: 'Use a key limited to the one database where Xata allows it, keep it out of files the agent reads, and delete this one in Account settings > Personal API keys.',
});
