import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// A Mailchimp Marketing API key ends with a dash and the account's data center, `-us6` or `-us21`, the server prefix the
// API is called on (https://mailchimp.com/developer/marketing/guides/quick-start/); before the dash, 32 hex characters
// (observed, UNCONFIRMED: the docs do not state the length). The suffix makes the key distinctive on its own. It reads and changes the account's audiences, campaigns and automations.
export default defineDetector({
  id: 'mailchimp-api-key',
  provider: 'mailchimp',
  tokenKind: 'api-key',
  keywords: ['-us'],
  pattern: /(?<![A-Za-z0-9_-])([a-f0-9]{32}-us[0-9]{1,2})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(0, 32), 3.2),
  // Every match holds its keyword `-us` 32 characters after its start, none starts inside another (the look-behind
  // refuses hex), and with its look-arounds it reads at most 38 characters.
  near: { from: -32, to: -32, reach: 40 },
  enrich: (secret) => ({ facts: { server: secret.slice(33) } }),
  redaction: { kind: 'none' },
  docs: { url: 'https://mailchimp.com/developer/marketing/guides/quick-start/', rotate: 'https://us1.admin.mailchimp.com/account/api/' },
  examples: () => ({
    positive: [
      { text: (t) => `MAILCHIMP_API_KEY=${t}`, secret: `${fake.hex(32)}-us13`, variable: 'MAILCHIMP_API_KEY' },
      { text: (t) => `mailchimp.setConfig({ apiKey: "${t}", server: "us6" });`, secret: `${fake.hex(32)}-us6`, path: 'mail.js' },
      { text: (t) => `{"mcpServers":{"mailchimp":{"env":{"MAILCHIMP_KEY":"${t}"}}}}`, secret: `${fake.hex(32)}-us21` },
    ],
    negative: [
      { text: `MAILCHIMP_API_KEY=${fake.hex(24)}-us13`, why: 'near miss: 24 hex characters' },
      { text: `MAILCHIMP_API_KEY=${'0'.repeat(32)}-us10`, why: 'not random: zeros' },
      { text: `locale: ${fake.hex(32)}-usa`, why: 'not a data center suffix' },
    ],
  }),
});
