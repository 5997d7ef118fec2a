import { defineNamedDetector } from './lib/named.js';

// Moosend API keys: a UUID, found only where Moosend's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.moosend.com/developers/api-documentation/en/index-en.html does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'moosend-api-key',
  provider: 'moosend',
  names: ['moosend'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.moosend.com/developers/api-documentation/en/index-en.html', rotate: 'https://identity.moosend.com/' },
});
