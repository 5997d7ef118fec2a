import { defineNamedDetector } from './lib/named.js';

// DatoCMS API tokens: 30 lower-case hex, found only where DatoCMS's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.datocms.com/docs/content-delivery-api/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'datocms-api-token',
  provider: 'datocms',
  tokenKind: 'api-token',
  names: ['datocms'],
  value: { alphabet: 'hex', length: 30 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.datocms.com/docs/content-delivery-api/authentication', rotate: 'https://dashboard.datocms.com/' },
});
