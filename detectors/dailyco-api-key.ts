import { defineNamedDetector } from './lib/named.js';

// Daily API keys: 64 lower-case hex characters, found only where Daily's name names the value (detectors/lib/named.ts).
// 'daily' alone is a common word: only spellings that name Daily's API count.
// UNCONFIRMED: https://docs.daily.co/reference/rest-api#authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'dailyco-api-key',
  provider: 'dailyco',
  names: ['dailyco', 'daily_co', 'daily_api'],
  value: { alphabet: 'hex', length: 64 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.daily.co/reference/rest-api#authentication', rotate: 'https://dashboard.daily.co/developers' },
});
