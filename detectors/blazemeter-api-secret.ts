import { defineNamedDetector } from './lib/named.js';

// BlazeMeter API secrets: 20–64 alphanumerics, found only where BlazeMeter's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://help.blazemeter.com/apidocs/performance/authentication.htm does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'blazemeter-api-secret',
  provider: 'blazemeter',
  tokenKind: 'api-secret',
  names: ['blazemeter'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://help.blazemeter.com/apidocs/performance/authentication.htm', rotate: 'https://a.blazemeter.com/app/#/settings/personal/api-keys' },
});
