import { defineNamedDetector } from './lib/named.js';

// GetEmail.io API keys: 20–64 alphanumerics, found only where GetEmail.io's name names the value (detectors/lib/named.ts).
// 'getemail' alone is Java's getEmail(): only the product's domain spellings count.
// UNCONFIRMED: https://getemail.io/api-documentation does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'getemail-api-key',
  provider: 'getemail',
  names: ['getemail_io', 'getemailio'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://getemail.io/api-documentation', rotate: 'https://app.getemail.io/' },
});
