import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// A Zapier "Catch Hook" URL carries its own credential: https://hooks.zapier.com/hooks/catch/<account id>/<hook key>/
// (https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks; the key's 6–8 lower-case
// alphanumerics are observed, UNCONFIRMED). Whoever holds it triggers the Zap with any payload: whatever the Zap does next
// (send mail, write rows, call APIs) it does on the holder's word.
const hook = () => `https://hooks.zapier.com/hooks/catch/${fake.digits(8)}/${fake.lowerAlnum(7)}/`;

export default defineDetector({
  id: 'zapier-webhook-url',
  provider: 'zapier',
  tokenKind: 'webhook-url',
  keywords: ['hooks.zapier.com/hooks/'],
  pattern: /(https:\/\/hooks\.zapier\.com\/hooks\/catch\/[0-9]{4,12}\/[a-z0-9]{5,12}\/?)(?![A-Za-z0-9_-])/g,
  // A generated key has at least five distinct characters (a random 7-character key has fewer with p < 0.02).
  check: (secret) => new Set(secret.split('/')[6] ?? '').size >= 5,
  redaction: { kind: 'prefix', prefix: /^https:\/\/hooks\.zapier\.com\/hooks\/catch\/[0-9]+\// },
  docs: { url: 'https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks', rotate: 'https://help.zapier.com/hc/en-us/articles/8496288690317-Trigger-Zaps-from-webhooks' },
  examples: () => ({
    positive: [
      { text: (t) => `ZAPIER_WEBHOOK_URL=${t}`, secret: hook(), variable: 'ZAPIER_WEBHOOK_URL' },
      { text: (t) => `requests.post("${t}", json={"event": "signup"})`, secret: hook() },
      { text: (t) => `curl -X POST ${t} -d '{"ok":true}'`, secret: hook() },
    ],
    negative: [
      { text: 'ZAPIER_WEBHOOK_URL=https://hooks.zapier.com/hooks/catch/123456/xxxxxx/', why: 'a stand-in key of one repeated character' },
      { text: `see https://hooks.zapier.com/hooks/catch/${fake.digits(8)}/`, why: 'near miss: the account id without a hook key' },
    ],
  }),
});
