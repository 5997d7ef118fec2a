import { defineNamedDetector } from './lib/named.js';

// ElevenLabs API keys: 51 lower-case hex characters starting sk_, found only where ElevenLabs's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://elevenlabs.io/docs/api-reference/authentication does not state the key format (keys are issued as sk_ and 48 hex characters); the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'elevenlabs-api-key',
  provider: 'elevenlabs',
  names: ['elevenlabs', 'eleven_labs'],
  value: { alphabet: 'hex', length: 51, prefix: 'sk_' },
  unconfirmed: 'the docs do not state the key format (keys are issued as sk_ and 48 hex characters)',
  docs: { url: 'https://elevenlabs.io/docs/api-reference/authentication', rotate: 'https://elevenlabs.io/app/settings/api-keys' },
});
