import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// hf_ + 34 characters (user access token) or the deprecated api_org_ + 34 (organization token) (trufflehog
// pkg/detectors/huggingface; gitleaks huggingface-access-token takes letters only;
// https://huggingface.co/docs/hub/security-tokens). Mixed case is required against identifiers.
export default defineDetector({
  id: 'huggingface-token',
  provider: 'huggingface',
  tokenKind: 'user-access-token',
  keywords: ['hf_', 'api_org_'],
  pattern: /\b((?:hf|api_org)_[A-Za-z0-9]{34})\b/g,
  check: (secret) => /[A-Z]/.test(secret.slice(-34)) && /[a-z]/.test(secret.slice(-34)),
  enrich: (secret) => (secret.startsWith('api_org_') ? { tokenKind: 'org-api-token' } : {}),
  redaction: { kind: 'prefix', prefix: /^(?:hf|api_org)_/ },
  docs: { url: 'https://huggingface.co/docs/hub/security-tokens', rotate: 'https://huggingface.co/settings/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `HF_TOKEN=${t}`, secret: 'hf_' + fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz', 34), variable: 'HF_TOKEN' },
      { text: (t) => `huggingface-cli login --token ${t}`, secret: 'hf_' + fake.alnum(34) },
      { text: (t) => `login(token="${t}")`, secret: 'api_org_' + fake.alnum(34) },
    ],
    negative: [
      { text: 'HF_TOKEN=hf_' + 'transformersdownloadcachedirectory', why: 'an all-lower-case identifier, not a token' },
      { text: 'HF_TOKEN=hf_' + fake.alnum(20), why: 'near miss: 20 characters after the prefix' },
    ],
  }),
});
