import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// ClickUp personal API tokens are pk_ + the user id (digits) + _ + 32 upper-case alphanumerics
// (https://developer.clickup.com/docs/authentication#personal-token; layout observed, UNCONFIRMED). A token acts as
// its user in every workspace, deleting tasks, lists and spaces included.
const token = () => `pk_${fake.digits(8)}_${fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 32)}`;

export default defineDetector({
  id: 'clickup-api-token',
  provider: 'clickup',
  tokenKind: 'personal-api-token',
  keywords: ['pk_'],
  pattern: /\b(pk_[0-9]{4,12}_[A-Z0-9]{32})\b/g,
  check: (secret) => randomBody(secret.slice(secret.lastIndexOf('_') + 1)),
  redaction: { kind: 'prefix', prefix: /^pk_[0-9]{4,12}_/ },
  docs: { url: 'https://developer.clickup.com/docs/authentication#personal-token', rotate: 'https://app.clickup.com/settings/apps' },
  examples: () => ({
    positive: [
      { text: (t) => `CLICKUP_API_TOKEN=${t}`, secret: token(), variable: 'CLICKUP_API_TOKEN' },
      { text: (t) => `curl https://api.clickup.com/api/v2/team -H "Authorization: ${t}"`, secret: token() },
      { text: (t) => `{"mcpServers":{"clickup":{"env":{"CLICKUP_API_KEY":"${t}"}}}}`, secret: token() },
    ],
    negative: [
      { text: `CLICKUP_API_TOKEN=pk_${fake.digits(8)}_${fake.alnum(12)}`, why: 'near miss: a 12-character secret part' },
      { text: `CLICKUP_API_TOKEN=pk_${fake.digits(8)}_${'X'.repeat(32)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
