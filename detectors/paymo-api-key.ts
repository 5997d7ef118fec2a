import { defineNamedDetector } from './lib/named.js';

// Paymo api keys: 44 alnum characters, found only where Paymo's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://github.com/paymoapp/api/blob/master/sections/authentication.md.
export default defineNamedDetector({
  id: 'paymo-api-key',
  provider: 'paymo',
  names: ['paymoapp', 'paymo'],
  value: { alphabet: 'alnum', length: 44 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://github.com/paymoapp/api/blob/master/sections/authentication.md', rotate: 'https://app.paymoapp.com/#Paymo.module.myaccount/' },
});
