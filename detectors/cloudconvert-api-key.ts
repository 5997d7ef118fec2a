import { defineNamedDetector } from './lib/named.js';

// CloudConvert API keys: a JWT, found only where CloudConvert's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://cloudconvert.com/api/v2#authentication does not state the key format (keys are issued as JWTs); the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'cloudconvert-api-key',
  provider: 'cloudconvert',
  names: ['cloudconvert'],
  value: { alphabet: 'jwt' },
  unconfirmed: 'the docs do not state the key format (keys are issued as JWTs)',
  docs: { url: 'https://cloudconvert.com/api/v2#authentication', rotate: 'https://cloudconvert.com/dashboard/api/v2/keys' },
});
