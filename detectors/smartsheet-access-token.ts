import { defineNamedDetector } from './lib/named.js';

// Smartsheet access tokens: 26–37 letters and digits, found only where Smartsheet's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://smartsheet.redoc.ly/#section/API-Basics/Raw-Token-Requests does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'smartsheet-access-token',
  provider: 'smartsheet',
  tokenKind: 'access-token',
  names: ['smartsheet'],
  value: { alphabet: 'alnum', length: [26, 37] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://smartsheet.redoc.ly/#section/API-Basics/Raw-Token-Requests', rotate: 'https://app.smartsheet.com/b/home' },
});
