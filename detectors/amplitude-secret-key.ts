import { defineNamedDetector } from './lib/named.js';

// Amplitude secret keys: 32 lower-case hex, found only where Amplitude's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://amplitude.com/docs/apis/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'amplitude-secret-key',
  provider: 'amplitude',
  tokenKind: 'secret-key',
  names: ['amplitude'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://amplitude.com/docs/apis/authentication', rotate: 'https://app.amplitude.com/' },
});
