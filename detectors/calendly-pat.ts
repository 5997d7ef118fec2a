import { defineNamedDetector } from './lib/named.js';

// Calendly personal access tokens: a JWT, found only where Calendly's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens does not state the token format (tokens are issued as JWTs); the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'calendly-pat',
  provider: 'calendly',
  tokenKind: 'pat',
  names: ['calendly'],
  value: { alphabet: 'jwt' },
  unconfirmed: 'the docs do not state the token format (tokens are issued as JWTs)',
  docs: { url: 'https://developer.calendly.com/how-to-authenticate-with-personal-access-tokens', rotate: 'https://calendly.com/integrations/api_webhooks' },
});
