import { defineNamedDetector } from './lib/named.js';

// Deepgram API keys: 40 lower-case hex, found only where Deepgram's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.deepgram.com/docs/authenticating does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'deepgram-api-key',
  provider: 'deepgram',
  names: ['deepgram'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.deepgram.com/docs/authenticating', rotate: 'https://console.deepgram.com/' },
});
