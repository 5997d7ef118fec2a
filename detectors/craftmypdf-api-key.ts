import { defineNamedDetector } from './lib/named.js';

// CraftMyPDF api keys: 35 lower-alnum characters, found only where CraftMyPDF's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://craftmypdf.com/docs/index.html.
export default defineNamedDetector({
  id: 'craftmypdf-api-key',
  provider: 'craftmypdf',
  names: ['craftmypdf'],
  value: { alphabet: 'lower-alnum', length: 35 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://craftmypdf.com/docs/index.html', rotate: 'https://app.craftmypdf.com/api' },
});
