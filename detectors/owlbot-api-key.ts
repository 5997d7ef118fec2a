import { defineNamedDetector } from './lib/named.js';

// Owlbot api tokens: 40 hex characters, found only where Owlbot's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://owlbot.info/.
export default defineNamedDetector({
  id: 'owlbot-api-key',
  provider: 'owlbot',
  tokenKind: 'api-token',
  names: ['owlbot'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://owlbot.info/', rotate: 'https://owlbot.info/' },
});
