import { defineNamedDetector } from './lib/named.js';

// FullContact API keys: 32 letters and digits, found only where FullContact's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.fullcontact.com/docs/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'fullcontact-api-key',
  provider: 'fullcontact',
  names: ['fullcontact', 'full_contact'],
  value: { alphabet: 'alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.fullcontact.com/docs/authentication', rotate: 'https://platform.fullcontact.com/' },
});
