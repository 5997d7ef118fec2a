import { defineNamedDetector } from './lib/named.js';

// screenshotlayer access keys: 32 letters and digits; an apilayer product: "a unique combination of letters and digits". Named by screenshotlayer's name in any syntax (detectors/lib/named.ts).
// https://screenshotlayer.com/documentation
export default defineNamedDetector({
  id: 'screenshotlayer-access-key',
  provider: 'screenshotlayer',
  tokenKind: 'access-key',
  names: ['screenshotlayer'],
  value: { alphabet: 'alnum', length: 32 },
  docs: { url: 'https://screenshotlayer.com/documentation', rotate: 'https://screenshotlayer.com/dashboard' },
});
