import { defineNamedDetector } from './lib/named.js';

// HelpCrunch API keys: 20–400 base64 characters, found only where HelpCrunch's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.helpcrunch.com/en/rest-api-v1/authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'helpcrunch-api-key',
  provider: 'helpcrunch',
  names: ['helpcrunch'],
  value: { alphabet: 'base64', length: [20, 400] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.helpcrunch.com/en/rest-api-v1/authentication', rotate: 'https://helpcrunch.com/' },
});
