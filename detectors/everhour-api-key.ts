import { defineNamedDetector } from './lib/named.js';

// Everhour API keys: 20–64 URL-safe base64 characters, found only where Everhour's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://everhour.docs.apiary.io/#introduction/authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'everhour-api-key',
  provider: 'everhour',
  names: ['everhour'],
  value: { alphabet: 'base64url', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://everhour.docs.apiary.io/#introduction/authentication', rotate: 'https://app.everhour.com/#/account/profile' },
});
