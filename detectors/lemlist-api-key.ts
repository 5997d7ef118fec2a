import { defineNamedDetector } from './lib/named.js';

// lemlist API keys: 32 lower-case hex, found only where lemlist's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.lemlist.com/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'lemlist-api-key',
  provider: 'lemlist',
  names: ['lemlist'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.lemlist.com/#authentication', rotate: 'https://app.lemlist.com/settings/integrations' },
});
