import { defineNamedDetector } from './lib/named.js';

// Azure AI Search api keys: 52 alnum characters, found only where Azure AI Search's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://learn.microsoft.com/en-us/azure/search/search-security-api-keys.
export default defineNamedDetector({
  id: 'azure-search-api-key',
  provider: 'azure-search',
  names: ['azure_search', 'azuresearch', 'azure_cognitive_search'],
  value: { alphabet: 'alnum', length: 52 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://learn.microsoft.com/en-us/azure/search/search-security-api-keys', rotate: 'https://learn.microsoft.com/en-us/azure/search/search-security-api-keys#regenerate-admin-keys' },
});
