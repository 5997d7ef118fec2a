import { defineNamedDetector } from './lib/named.js';

// karmaCRM API keys: 20–64 alphanumerics, found only where karmaCRM's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://api.karmacrm.com/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'karmacrm-api-key',
  provider: 'karmacrm',
  names: ['karmacrm', 'karma_crm'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://api.karmacrm.com/', rotate: 'https://app.karmacrm.com/' },
});
