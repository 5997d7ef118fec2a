import { defineNamedDetector } from './lib/named.js';

// Capsule CRM API tokens: 20–100 alphanumerics, found only where Capsule CRM's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.capsulecrm.com/v2/overview/authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'capsulecrm-api-token',
  provider: 'capsulecrm',
  tokenKind: 'api-token',
  names: ['capsulecrm', 'capsule_crm'],
  value: { alphabet: 'alnum', length: [20, 100] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.capsulecrm.com/v2/overview/authentication', rotate: 'https://capsulecrm.com/' },
});
