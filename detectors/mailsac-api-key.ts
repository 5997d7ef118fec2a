import { defineNamedDetector } from './lib/named.js';

// Mailsac API keys: 20–64 URL-safe base64 characters, found only where Mailsac's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://mailsac.com/docs/api: the docs do not state the length or alphabet.
export default defineNamedDetector({
  id: 'mailsac-api-key',
  provider: 'mailsac',
  names: ['mailsac'],
  value: { alphabet: 'base64url', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://mailsac.com/docs/api', rotate: 'https://mailsac.com/v2/credentials' },
});
