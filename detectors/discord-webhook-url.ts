import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// A webhook URL carries its own credential: /api/webhooks/{webhook.id}/{webhook.token}
// (https://discord.com/developers/docs/resources/webhook#execute-webhook); the id is a snowflake (17–20 digits) and the
// token 60–80 base64url characters (68 observed, UNCONFIRMED). Whoever holds it posts as the webhook in its channel,
// and can also edit or delete the webhook (DELETE /webhooks/{id}/{token} needs no other authentication).
const hook = () => `https://discord.com/api/webhooks/${fake.digits(19)}/${fake.base64url(68)}`;

export default defineDetector({
  id: 'discord-webhook-url',
  provider: 'discord',
  tokenKind: 'webhook-url',
  keywords: ['discord.com/api/', 'discordapp.com/api/'],
  pattern: /(https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api(?:\/v[0-9]{1,2})?\/webhooks\/[0-9]{17,20}\/[A-Za-z0-9_-]{60,80})(?![A-Za-z0-9_-])/g,
  check: (secret) => {
    const token = secret.slice(secret.lastIndexOf('/') + 1);
    return /[A-Z]/.test(token) && /[a-z]/.test(token);
  },
  redaction: { kind: 'prefix', prefix: /^https:\/\/(?:ptb\.|canary\.)?discord(?:app)?\.com\/api(?:\/v[0-9]{1,2})?\/webhooks\// },
  docs: { url: 'https://discord.com/developers/docs/resources/webhook', rotate: 'https://support.discord.com/hc/en-us/articles/228383668-Intro-to-Webhooks' },
  examples: () => ({
    positive: [
      { text: (t) => `DISCORD_WEBHOOK_URL=${t}`, secret: hook(), variable: 'DISCORD_WEBHOOK_URL' },
      { text: (t) => `      - name: Notify\n        env:\n          WEBHOOK: "${t}"\n`, secret: `https://discordapp.com/api/webhooks/${fake.digits(18)}/${fake.base64url(68)}` },
      { text: (t) => `requests.post("${t}", json={"content": "deployed"})`, secret: hook() },
    ],
    negative: [
      { text: `see https://discord.com/api/webhooks/${fake.digits(19)}/{webhook.token}`, why: "the docs' placeholder for the token" },
      { text: `DISCORD_WEBHOOK_URL=https://discord.com/api/webhooks/${fake.digits(19)}/${fake.base64url(30)}`, why: 'near miss: a 30-character token' },
    ],
  }),
});
