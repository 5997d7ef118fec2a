import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Tavily credentials are recognised by their documented format; this tool does not ask Tavily yet.
export default offlineOnly({
  id: 'tavily',
  name: 'Tavily',
  because: "a Tavily API key: it spends the account's search and extract credits",
  remediation: 'Keep the key out of files the agent reads and delete it in the API Keys card of the Tavily dashboard (https://app.tavily.com/home).',
});
