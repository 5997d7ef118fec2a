import { defineNamedDetector } from './lib/named.js';

// Databox push tokens: 20–40 letters and digits, found only where Databox's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.databox.com/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'databox-push-token',
  provider: 'databox',
  tokenKind: 'push-token',
  names: ['databox'],
  value: { alphabet: 'alnum', length: [20, 40] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.databox.com/', rotate: 'https://app.databox.com/' },
});
