import { defineNamedDetector } from './lib/named.js';

// Pusher app secrets: 20 lower-case hex, found only where Pusher's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://pusher.com/docs/channels/server_api/http-api/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'pusher-app-secret',
  provider: 'pusher',
  tokenKind: 'app-secret',
  names: ['pusher_secret', 'pusher_app_secret'],
  value: { alphabet: 'hex', length: 20 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://pusher.com/docs/channels/server_api/http-api/#authentication', rotate: 'https://dashboard.pusher.com/' },
});
