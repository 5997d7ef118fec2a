import { defineNamedDetector } from './lib/named.js';

// SignUpGenius api keys: 32 hex characters, found only where SignUpGenius's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://developer.signupgenius.com/.
export default defineNamedDetector({
  id: 'signupgenius-api-key',
  provider: 'signupgenius',
  names: ['signupgenius'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.signupgenius.com/', rotate: 'https://www.signupgenius.com/index.cfm?go=c.APIKey' },
});
