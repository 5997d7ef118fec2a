import { defineNamedDetector } from './lib/named.js';

// Holiday API API keys: a UUID, found only where Holiday API's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://holidayapi.com/docs does not state the key format; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'holidayapi-api-key',
  provider: 'holidayapi',
  names: ['holidayapi', 'holiday_api'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the key format',
  docs: { url: 'https://holidayapi.com/docs', rotate: 'https://holidayapi.com/dashboard' },
});
