import { defineNamedDetector } from './lib/named.js';

// ZeroBounce api keys: 32 lower-alnum characters, found only where ZeroBounce's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://www.zerobounce.net/docs/.
export default defineNamedDetector({
  id: 'zerobounce-api-key',
  provider: 'zerobounce',
  names: ['zerobounce'],
  value: { alphabet: 'lower-alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.zerobounce.net/docs/', rotate: 'https://www.zerobounce.net/members/API' },
});
