import { defineNamedDetector } from './lib/named.js';

// Loadmill API tokens: 20–64 alphanumerics, found only where Loadmill's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.npmjs.com/package/@loadmill/agent: the docs do not state the length or alphabet.
export default defineNamedDetector({
  id: 'loadmill-api-token',
  provider: 'loadmill',
  tokenKind: 'api-token',
  names: ['loadmill'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.npmjs.com/package/@loadmill/agent', rotate: 'https://app.loadmill.com/app/settings/api-tokens' },
});
