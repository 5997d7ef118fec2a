import { defineNamedDetector } from './lib/named.js';

// MuleSoft Anypoint access tokens: a UUID, found only where MuleSoft Anypoint's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.mulesoft.com/access-management/connected-apps-overview does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'anypoint-access-token',
  provider: 'anypoint',
  tokenKind: 'access-token',
  names: ['anypoint'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.mulesoft.com/access-management/connected-apps-overview', rotate: 'https://anypoint.mulesoft.com/accounts/' },
});
