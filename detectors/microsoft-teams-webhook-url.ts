import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// A Teams incoming-webhook URL is its own credential
// (https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook):
// https://<tenant>.webhook.office.com/webhookb2/<group id>@<tenant id>/IncomingWebhook/<32 hex>/<connector id>[/<suffix>],
// or the older outlook.office.com/webhook/… form. Whoever holds it posts cards into the channel, which can be used to
// phish its members.
const uuid = () => fake.uuid();
const hook = () => `https://acme.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/${fake.hex(32)}/${uuid()}`;

export default defineDetector({
  id: 'microsoft-teams-webhook-url',
  provider: 'microsoft-teams',
  tokenKind: 'incoming-webhook',
  keywords: ['webhook.office.com', 'outlook.office.com/webhook', 'outlook.office365.com/webhook'],
  pattern:
    /(https:\/\/(?:[a-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\/[a-f0-9-]{36}@[a-f0-9-]{36}\/IncomingWebhook\/[a-f0-9]{32}\/[a-f0-9-]{36}(?:\/[A-Za-z0-9_-]{10,80})?)(?![A-Za-z0-9_/-])/g,
  redaction: { kind: 'prefix', prefix: /^https:\/\/(?:[a-z0-9-]{1,63}\.webhook\.office\.com\/webhookb2|outlook\.office(?:365)?\.com\/webhook)\// },
  docs: {
    url: 'https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook',
    rotate: 'https://learn.microsoft.com/microsoftteams/platform/webhooks-and-connectors/how-to/add-incoming-webhook#remove-incoming-webhook',
  },
  examples: () => ({
    positive: [
      { text: (t) => `TEAMS_WEBHOOK_URL=${t}`, secret: hook(), variable: 'TEAMS_WEBHOOK_URL' },
      { text: (t) => `notifications:\n  teams:\n    url: ${t}\n`, secret: `${hook()}/V2${fake.base64url(44)}` },
      { text: (t) => `Invoke-RestMethod -Uri "${t}" -Method Post -Body $card`, secret: `https://outlook.office.com/webhook/${uuid()}@${uuid()}/IncomingWebhook/${fake.hex(32)}/${uuid()}` },
    ],
    negative: [
      { text: `TEAMS_WEBHOOK_URL=https://acme.webhook.office.com/webhookb2/${uuid()}@${uuid()}/IncomingWebhook/`, why: 'near miss: the secret path segments are missing' },
      { text: 'docs: https://acme.webhook.office.com/webhookb2/<group-id>@<tenant-id>/IncomingWebhook/<secret>/<connector-id>', why: 'a placeholder URL' },
    ],
  }),
});
