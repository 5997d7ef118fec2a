import { defineNamedDetector } from './lib/named.js';

// Mailgun API keys: key- and 32 hex, found only where Mailgun's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://documentation.mailgun.com/docs/mailgun/api-reference/authentication: the docs do not state the format; key- and 32 hex is the shape older primary keys were issued in.
export default defineNamedDetector({
  id: 'mailgun-api-key',
  provider: 'mailgun',
  names: ['mailgun'],
  value: { alphabet: 'hex', length: 36, prefix: 'key-' },
  unconfirmed: 'the docs do not state the format; key- and 32 hex is the shape older primary keys were issued in',
  docs: { url: 'https://documentation.mailgun.com/docs/mailgun/api-reference/authentication', rotate: 'https://app.mailgun.com/settings/api_security' },
});
