import { defineNamedDetector } from './lib/named.js';

// Nasdaq Data Link api keys: 20 base64url characters, found only where Nasdaq Data Link's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://docs.data.nasdaq.com/docs/getting-started.
export default defineNamedDetector({
  id: 'nasdaq-data-link-api-key',
  provider: 'nasdaq-data-link',
  names: ['nasdaq', 'quandl'],
  value: { alphabet: 'base64url', length: 20 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.data.nasdaq.com/docs/getting-started', rotate: 'https://data.nasdaq.com/account/profile' },
});
