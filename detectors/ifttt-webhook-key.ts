import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// IFTTT Webhooks URLs carry the account's key: https://maker.ifttt.com/trigger/<event>/with/key/<key>
// (https://ifttt.com/maker_webhooks; the key's 22 base64url characters are observed, UNCONFIRMED). Whoever holds the key
// fires any of the account's webhook applets, whatever event name they use.
const key = () => fake.base64url(22);

export default defineDetector({
  id: 'ifttt-webhook-key',
  provider: 'ifttt',
  tokenKind: 'webhook-key',
  keywords: ['maker.ifttt.com/'],
  pattern: /https:\/\/maker\.ifttt\.com\/trigger\/[A-Za-z0-9_.-]{1,64}\/(?:json\/)?with\/key\/([A-Za-z0-9_-]{20,48})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://ifttt.com/maker_webhooks', rotate: 'https://ifttt.com/maker_webhooks/settings' },
  examples: () => ({
    positive: [
      { text: (t) => `IFTTT_URL=https://maker.ifttt.com/trigger/door_open/with/key/${t}`, secret: key() },
      { text: (t) => `requests.post("https://maker.ifttt.com/trigger/backup_done/json/with/key/${t}")`, secret: key() },
      { text: (t) => `curl -X POST https://maker.ifttt.com/trigger/alert/with/key/${t}`, secret: key() },
    ],
    negative: [
      { text: 'https://maker.ifttt.com/trigger/{event}/with/key/{your_key}', why: "the docs' stand-in" },
      { text: `https://maker.ifttt.com/trigger/alert/with/key/${fake.alnum(10)}`, why: 'near miss: a 10-character key' },
    ],
  }),
});
