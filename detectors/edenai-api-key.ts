import { defineNamedDetector } from './lib/named.js';

// Eden AI API keys: a JWT, found only where Eden AI's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.edenai.co/reference/start-your-ai-journey-with-edenai does not state the key format (keys are issued as JWTs); the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'edenai-api-key',
  provider: 'edenai',
  names: ['edenai', 'eden_ai'],
  value: { alphabet: 'jwt' },
  unconfirmed: 'the docs do not state the key format (keys are issued as JWTs)',
  docs: { url: 'https://docs.edenai.co/reference/start-your-ai-journey-with-edenai', rotate: 'https://app.edenai.run/admin/account/settings' },
});
