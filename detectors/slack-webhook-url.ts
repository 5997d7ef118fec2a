import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// An incoming-webhook URL is its own credential: hooks.slack.com/services/T…/B…/<24 alphanumerics>
// (gitleaks slack-webhook-url; https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks).
const ID = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const hook = () => `https://hooks.slack.com/services/T${fake.from(ID, 10)}/B${fake.from(ID, 10)}/${fake.alnum(24)}`;

export default defineDetector({
  id: 'slack-webhook-url',
  provider: 'slack',
  tokenKind: 'incoming-webhook',
  keywords: ['hooks.slack.com'],
  pattern: /((?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\/[A-Za-z0-9+/]{43,56})(?![A-Za-z0-9+/])/g,
  redaction: { kind: 'prefix', prefix: /^(?:https?:\/\/)?hooks\.slack\.com\/(?:services|workflows|triggers)\// },
  docs: { url: 'https://docs.slack.dev/messaging/sending-messages-using-incoming-webhooks', rotate: 'https://api.slack.com/apps' },
  examples: () => ({
    positive: [
      { text: (t) => `SLACK_WEBHOOK_URL=${t}`, secret: hook(), variable: 'SLACK_WEBHOOK_URL' },
      { text: (t) => `      webhook_url: "${t}"`, secret: hook() },
      { text: (t) => `curl -X POST -d '{"text":"deployed"}' ${t}`, secret: hook() },
    ],
    negative: [
      { text: 'SLACK_WEBHOOK_URL=https://hooks.slack.com/services/T00000000/B00000000/' + 'X'.repeat(24), why: "the docs' placeholder" },
      { text: 'See https://hooks.slack.com/services/ for the setup.', why: 'the bare endpoint without a webhook path' },
    ],
  }),
});
