import { defineNamedDetector } from './lib/named.js';

// Enigma API keys: 20–64 alphanumerics, found only where Enigma's name names the value (detectors/lib/named.ts).
// 'enigma' alone is a common word: only spellings that name Enigma's API count.
// UNCONFIRMED: https://documentation.enigma.com/guides/authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'enigma-api-key',
  provider: 'enigma',
  names: ['enigma_api', 'enigmaapi'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://documentation.enigma.com/guides/authentication', rotate: 'https://console.enigma.com/' },
});
