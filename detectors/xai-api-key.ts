import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// xAI API keys (XAI_API_KEY, created at https://console.x.ai; https://docs.x.ai/developers/quickstart) begin xai-
// followed by 80 alphanumerics (prefix from the console, length observed, UNCONFIRMED). "xai-" also opens package and
// repository names (xai-sdk), so the full length and mixed case with digits are required. A key spends its team's
// credits on the models and endpoints chosen at creation.
export default defineDetector({
  id: 'xai-api-key',
  provider: 'xai',
  tokenKind: 'api-key',
  keywords: ['xai-'],
  pattern: /\b(xai-[A-Za-z0-9]{80})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(4)) && /[0-9]/.test(secret),
  redaction: { kind: 'prefix', prefix: /^xai-/ },
  docs: { url: 'https://docs.x.ai/developers/quickstart', rotate: 'https://console.x.ai/team/default/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `XAI_API_KEY=${t}`, secret: 'xai-' + fake.alnum(80), variable: 'XAI_API_KEY' },
      { text: (t) => `{"env":{"XAI_API_KEY":"${t}","GROK_MODEL":"grok-4"}}`, secret: 'xai-' + fake.alnum(80), path: '.claude/settings.json' },
      { text: (t) => `client = Client(api_key="${t}")`, secret: 'xai-' + fake.alnum(80) },
    ],
    negative: [
      { text: 'pip install xai-sdk', why: 'a package name' },
      { text: `XAI_API_KEY=xai-${fake.alnum(40)}`, why: 'near miss: 40 characters after the prefix' },
    ],
  }),
});
