import { defineNamedDetector } from './lib/named.js';

// dfuse API keys: 32–64 URL-safe base64 characters, found only where dfuse's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.dfuse.io/platform/dfuse-cloud/authentication/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'dfuse-api-key',
  provider: 'dfuse',
  names: ['dfuse'],
  value: { alphabet: 'base64url', length: [32, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.dfuse.io/platform/dfuse-cloud/authentication/', rotate: 'https://app.dfuse.io/' },
});
