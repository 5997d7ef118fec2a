import { defineNamedDetector } from './lib/named.js';

// RapidAPI API keys: 50 lower-case hex, found only where RapidAPI's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.rapidapi.com/docs/keys-and-key-rotation does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'rapidapi-api-key',
  provider: 'rapidapi',
  names: ['rapidapi'],
  value: { alphabet: 'hex', length: 50 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.rapidapi.com/docs/keys-and-key-rotation', rotate: 'https://rapidapi.com/developer/apps' },
});
