import { defineNamedDetector } from './lib/named.js';

// ParallelDots api keys: 43 alnum characters, found only where ParallelDots's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://www.paralleldots.com/text-analysis-apis.
export default defineNamedDetector({
  id: 'paralleldots-api-key',
  provider: 'paralleldots',
  names: ['paralleldots', 'parallel_dots'],
  value: { alphabet: 'alnum', length: 43 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.paralleldots.com/text-analysis-apis', rotate: 'https://user.apis.paralleldots.com/' },
});
