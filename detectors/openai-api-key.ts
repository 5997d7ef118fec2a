import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// sk-proj- (project), sk-svcacct- / sk-service- (service account) or legacy sk- (user) keys, all around the
// marker T3BlbkFJ (base64 of "OpenAI") (trufflehog pkg/detectors/openai/openai.go; gitleaks openai-api-key;
// https://platform.openai.com/docs/api-reference/authentication). sk-admin- is openai-admin-key.
export default defineDetector({
  id: 'openai-api-key',
  provider: 'openai',
  tokenKind: 'project-key',
  keywords: ['t3blbkfj'],
  pattern: /\b(sk-(?:(?:proj|svcacct|service)-[A-Za-z0-9_-]{20,100}|[A-Za-z0-9]{20,48})T3BlbkFJ[A-Za-z0-9_-]{20,100})(?![A-Za-z0-9_-])/g,
  enrich: (secret) => ({
    tokenKind: secret.startsWith('sk-proj-') ? 'project-key' : /^sk-(?:svcacct|service)-/.test(secret) ? 'service-account-key' : 'user-key',
  }),
  redaction: { kind: 'prefix', prefix: /^sk-(?:proj-|svcacct-|service-)?/ },
  docs: { url: 'https://help.openai.com/en/articles/8867743-assign-api-key-permissions', rotate: 'https://platform.openai.com/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `OPENAI_API_KEY=${t}`, secret: `sk-proj-${fake.base64url(74)}T3BlbkFJ${fake.base64url(74)}`, variable: 'OPENAI_API_KEY' },
      { text: (t) => `client = OpenAI(api_key="${t}")`, secret: `sk-svcacct-${fake.base64url(58)}T3BlbkFJ${fake.base64url(58)}` },
      { text: (t) => `{"env":{"OPENAI_API_KEY":"${t}"}}`, secret: `sk-${fake.alnum(20)}T3BlbkFJ${fake.alnum(20)}` },
    ],
    negative: [
      { text: 'OPENAI_API_KEY=sk-proj-' + fake.base64url(80), why: 'no T3BlbkFJ marker' },
      { text: `OPENAI_ADMIN_KEY=sk-admin-${fake.alnum(58)}T3BlbkFJ${fake.alnum(58)}`, why: 'an admin key, the openai-admin-key detector' },
    ],
  }),
});
