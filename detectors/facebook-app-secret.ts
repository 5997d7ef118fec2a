import { defineNamedDetector } from './lib/named.js';

// Facebook app secrets: 32 lower-case hex, found only where Facebook's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.facebook.com/docs/facebook-login/security/#appsecret does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'facebook-app-secret',
  provider: 'facebook',
  tokenKind: 'app-secret',
  names: ['facebook', 'fb_app'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.facebook.com/docs/facebook-login/security/#appsecret', rotate: 'https://developers.facebook.com/apps/' },
});
