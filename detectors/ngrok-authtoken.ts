import { defineNamedDetector } from './lib/named.js';

// ngrok authtokens: 40 to 56 base64url characters, found only where ngrok's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://ngrok.com/docs/agent/#authtoken.
export default defineNamedDetector({
  id: 'ngrok-authtoken',
  provider: 'ngrok',
  tokenKind: 'authtoken',
  names: ['ngrok'],
  value: { alphabet: 'base64url', length: [40, 56] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://ngrok.com/docs/agent/#authtoken', rotate: 'https://dashboard.ngrok.com/get-started/your-authtoken' },
});
