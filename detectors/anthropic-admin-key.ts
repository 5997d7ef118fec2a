import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// sk-ant-admin01- + 93 base64url characters + AA: an organization Admin API key (gitleaks
// anthropic-admin-api-key; https://docs.anthropic.com/en/api/administration-api).
export default defineDetector({
  id: 'anthropic-admin-key',
  provider: 'anthropic',
  tokenKind: 'admin-key',
  keywords: ['sk-ant-admin01-'],
  pattern: /\b(sk-ant-admin01-[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])/g,
  redaction: { kind: 'prefix', prefix: /^sk-ant-admin01-/ },
  docs: { url: 'https://docs.anthropic.com/en/api/administration-api', rotate: 'https://console.anthropic.com/settings/admin-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `ANTHROPIC_ADMIN_API_KEY=${t}`, secret: `sk-ant-admin01-${fake.base64url(93)}AA`, variable: 'ANTHROPIC_ADMIN_API_KEY' },
      { text: (t) => `admin_key = "${t}"`, secret: `sk-ant-admin01-${fake.base64url(93)}AA` },
      { text: (t) => `curl https://api.anthropic.com/v1/organizations/api_keys -H "x-api-key: ${t}"`, secret: `sk-ant-admin01-${fake.base64url(93)}AA` },
    ],
    negative: [
      { text: `ANTHROPIC_ADMIN_API_KEY=sk-ant-admin01-${fake.base64url(93)}`, why: 'near miss: the closing AA is missing' },
      { text: `ANTHROPIC_ADMIN_API_KEY=sk-ant-admin02-${fake.base64url(93)}AA`, why: 'an unknown key version, admin02' },
    ],
  }),
});
