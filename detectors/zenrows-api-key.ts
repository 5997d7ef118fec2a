import { defineNamedDetector } from './lib/named.js';

// ZenRows API keys: 40 lower-case hex, found only where ZenRows's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.zenrows.com/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'zenrows-api-key',
  provider: 'zenrows',
  names: ['zenrows'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.zenrows.com/', rotate: 'https://app.zenrows.com/builder' },
});
