import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// A Make (formerly Integromat) custom webhook URL is https://hook.<zone>.make.com/<32 lower-case alphanumerics>
// (https://www.make.com/en/help/tools/webhooks; the key's length is observed, UNCONFIRMED). Whoever holds it runs the
// scenario with any payload.
const hook = () => `https://hook.eu1.make.com/${fake.lowerAlnum(32)}`;

export default defineDetector({
  id: 'make-webhook-url',
  provider: 'make',
  tokenKind: 'webhook-url',
  keywords: ['.make.com/', 'hook.integromat.com/'],
  pattern: /(https:\/\/hook\.(?:[a-z0-9]{2,6}\.make\.com|integromat\.com)\/[a-z0-9]{32})(?![A-Za-z0-9_-])/g,
  check: (secret) => {
    const key = secret.slice(secret.lastIndexOf('/') + 1);
    return /[0-9]/.test(key) && /[a-z]/.test(key);
  },
  redaction: { kind: 'prefix', prefix: /^https:\/\/hook\.(?:[a-z0-9]{2,6}\.make\.com|integromat\.com)\// },
  docs: { url: 'https://www.make.com/en/help/tools/webhooks', rotate: 'https://www.make.com/en/help/tools/webhooks' },
  examples: () => ({
    positive: [
      { text: (t) => `MAKE_WEBHOOK_URL=${t}`, secret: hook(), variable: 'MAKE_WEBHOOK_URL' },
      { text: (t) => `await fetch('${t}', { method: 'POST', body })`, secret: `https://hook.us1.make.com/${fake.lowerAlnum(32)}` },
      { text: (t) => `webhook: ${t}`, secret: `https://hook.integromat.com/${fake.lowerAlnum(32)}` },
    ],
    negative: [
      { text: `MAKE_WEBHOOK_URL=https://hook.eu1.make.com/${fake.lowerAlnum(16)}`, why: 'near miss: a 16-character key' },
      { text: `see https://hook.eu1.make.com/${'x'.repeat(32)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
