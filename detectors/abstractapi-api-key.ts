import { defineNamedDetector } from './lib/named.js';

// Abstract API API keys: 32 lower-case hex, found only where Abstract API's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.abstractapi.com/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'abstractapi-api-key',
  provider: 'abstractapi',
  names: ['abstractapi', 'abstract_api'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.abstractapi.com/', rotate: 'https://app.abstractapi.com/' },
});
