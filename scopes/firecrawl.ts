import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Firecrawl credentials are recognised by their documented format; this tool does not ask Firecrawl yet.
export default offlineOnly({
  id: 'firecrawl',
  name: 'Firecrawl',
  because: "a Firecrawl API key: it spends the account's crawl and scrape credits",
  remediation: 'Keep the key out of files the agent reads and regenerate it at https://www.firecrawl.dev/app/api-keys.',
});
