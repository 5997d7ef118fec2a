import { defineNamedDetector } from './lib/named.js';

// The Guardian Open Platform API keys: a UUID, found only where The Guardian Open Platform's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://open-platform.theguardian.com/documentation/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'guardian-api-key',
  provider: 'guardian',
  names: ['guardian_api', 'guardianapi', 'guardian_key', 'guardian_open'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://open-platform.theguardian.com/documentation/', rotate: 'https://open-platform.theguardian.com/access/' },
});
