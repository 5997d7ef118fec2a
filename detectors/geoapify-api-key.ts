import { defineNamedDetector } from './lib/named.js';

// Geoapify API keys: 32 lower-case hex, found only where Geoapify's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://apidocs.geoapify.com/docs/getting-started/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'geoapify-api-key',
  provider: 'geoapify',
  names: ['geoapify'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://apidocs.geoapify.com/docs/getting-started/', rotate: 'https://myprojects.geoapify.com/' },
});
