import { defineNamedDetector } from './lib/named.js';

// SparkPost API keys: 40 lower-case hex, found only where SparkPost's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.sparkpost.com/api/#header-authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'sparkpost-api-key',
  provider: 'sparkpost',
  names: ['sparkpost', 'spark_post'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.sparkpost.com/api/#header-authentication', rotate: 'https://app.sparkpost.com/account/api-keys' },
});
