import { defineNamedDetector } from './lib/named.js';

// MailerLite API keys: 32–64 alphanumerics, found only where MailerLite's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers-classic.mailerlite.com/docs/authentication: the docs do not state the length or alphabet.
export default defineNamedDetector({
  id: 'mailerlite-api-key',
  provider: 'mailerlite',
  names: ['mailerlite', 'mailer_lite'],
  value: { alphabet: 'alnum', length: [32, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers-classic.mailerlite.com/docs/authentication', rotate: 'https://app.mailerlite.com/integrations/api/' },
});
