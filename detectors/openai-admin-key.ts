import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// sk-admin- + 58 + T3BlbkFJ + 58: an organization Admin API key (trufflehog pkg/detectors/openaiadmin;
// https://platform.openai.com/docs/api-reference/administration).
export default defineDetector({
  id: 'openai-admin-key',
  provider: 'openai',
  tokenKind: 'admin-key',
  keywords: ['sk-admin-'],
  pattern: /\b(sk-admin-[A-Za-z0-9_-]{58}T3BlbkFJ[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])/g,
  redaction: { kind: 'prefix', prefix: /^sk-admin-/ },
  docs: { url: 'https://platform.openai.com/docs/api-reference/administration', rotate: 'https://platform.openai.com/settings/organization/admin-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `OPENAI_ADMIN_KEY=${t}`, secret: `sk-admin-${fake.base64url(58)}T3BlbkFJ${fake.base64url(58)}`, variable: 'OPENAI_ADMIN_KEY' },
      { text: (t) => `headers = {"Authorization": "Bearer ${t}"}`, secret: `sk-admin-${fake.base64url(58)}T3BlbkFJ${fake.base64url(58)}` },
      { text: (t) => `openai:\n  admin_key: ${t}`, secret: `sk-admin-${fake.base64url(58)}T3BlbkFJ${fake.base64url(58)}` },
    ],
    negative: [
      { text: `OPENAI_ADMIN_KEY=sk-admin-${fake.alnum(40)}T3BlbkFJ${fake.alnum(40)}`, why: 'near miss: 40 characters either side of the marker' },
      { text: 'OPENAI_ADMIN_KEY=sk-admin-' + fake.base64url(124), why: 'no T3BlbkFJ marker' },
    ],
  }),
});
