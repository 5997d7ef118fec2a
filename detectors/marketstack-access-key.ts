import { defineNamedDetector } from './lib/named.js';

// marketstack access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by marketstack's name in any syntax (detectors/lib/named.ts).
// https://marketstack.com/documentation
export default defineNamedDetector({
  id: 'marketstack-access-key',
  provider: 'marketstack',
  tokenKind: 'access-key',
  names: ['marketstack'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://marketstack.com/documentation', rotate: 'https://marketstack.com/dashboard' },
});
