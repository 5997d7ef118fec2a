import { defineNamedDetector } from './lib/named.js';

// MonkeyLearn API keys: 40 lower-case hex, found only where MonkeyLearn's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://monkeylearn.com/api/v3/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'monkeylearn-api-key',
  provider: 'monkeylearn',
  names: ['monkeylearn', 'monkey_learn'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://monkeylearn.com/api/v3/#authentication', rotate: 'https://app.monkeylearn.com/main/my-account/tab/api-keys/' },
});
