import { defineNamedDetector } from './lib/named.js';

// MeisterTask api tokens: 43 alnum characters, found only where MeisterTask's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://developers.meistertask.com/.
export default defineNamedDetector({
  id: 'meistertask-api-token',
  provider: 'meistertask',
  tokenKind: 'api-token',
  names: ['meistertask'],
  value: { alphabet: 'alnum', length: 43 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.meistertask.com/', rotate: 'https://www.mindmeister.com/api' },
});
