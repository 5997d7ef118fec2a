import { defineNamedDetector } from './lib/named.js';

// Mandrill API keys: 22 URL-safe base64 characters, found only where Mandrill's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://mailchimp.com/developer/transactional/guides/quick-start/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'mandrill-api-key',
  provider: 'mandrill',
  names: ['mandrill'],
  value: { alphabet: 'base64url', length: 22 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://mailchimp.com/developer/transactional/guides/quick-start/', rotate: 'https://mandrillapp.com/settings' },
});
