import { defineNamedDetector } from './lib/named.js';

// MapQuest api keys: 32 alnum characters, found only where MapQuest's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://developer.mapquest.com/documentation/.
export default defineNamedDetector({
  id: 'mapquest-api-key',
  provider: 'mapquest',
  names: ['mapquest'],
  value: { alphabet: 'alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.mapquest.com/documentation/', rotate: 'https://developer.mapquest.com/user/me/apps' },
});
