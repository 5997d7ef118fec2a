import { defineNamedDetector } from './lib/named.js';

// Pushbullet access tokens: 32 to 34 alnum characters, found only where Pushbullet's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://docs.pushbullet.com/#authentication.
export default defineNamedDetector({
  id: 'pushbullet-access-token',
  provider: 'pushbullet',
  tokenKind: 'access-token',
  names: ['pushbullet'],
  value: { alphabet: 'alnum', length: [32, 34] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.pushbullet.com/#authentication', rotate: 'https://www.pushbullet.com/#settings/account' },
});
