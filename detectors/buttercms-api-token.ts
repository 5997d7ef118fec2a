import { defineNamedDetector } from './lib/named.js';

// ButterCMS API tokens: 40 lower-case hex, found only where ButterCMS's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://buttercms.com/docs/api/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'buttercms-api-token',
  provider: 'buttercms',
  tokenKind: 'api-token',
  names: ['buttercms', 'butter_cms'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://buttercms.com/docs/api/#authentication', rotate: 'https://buttercms.com/settings/' },
});
