import { defineNamedDetector } from './lib/named.js';

// GoCardless access tokens: 40–64 URL-safe base64 characters, found only where GoCardless's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.gocardless.com/api-reference/#api-usage-making-requests does not state the length (tokens are issued as live_ or sandbox_ and 40 URL-safe base64 characters); the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'gocardless-access-token',
  provider: 'gocardless',
  tokenKind: 'access-token',
  names: ['gocardless', 'go_cardless'],
  value: { alphabet: 'base64url', length: [40, 64] },
  unconfirmed: 'the docs do not state the length (tokens are issued as live_ or sandbox_ and 40 URL-safe base64 characters)',
  docs: { url: 'https://developer.gocardless.com/api-reference/#api-usage-making-requests', rotate: 'https://manage.gocardless.com/developers/access-tokens' },
});
