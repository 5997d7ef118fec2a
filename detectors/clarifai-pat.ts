import { defineNamedDetector } from './lib/named.js';

// Clarifai personal access tokens: 32 letters and digits, found only where Clarifai's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.clarifai.com/clarifai-basics/authentication/personal-access-tokens does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'clarifai-pat',
  provider: 'clarifai',
  tokenKind: 'pat',
  names: ['clarifai'],
  value: { alphabet: 'alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.clarifai.com/clarifai-basics/authentication/personal-access-tokens', rotate: 'https://clarifai.com/settings/security' },
});
