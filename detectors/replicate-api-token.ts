import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// "40-character strings that always start with r8_" (https://replicate.com/docs/topics/security/api-tokens): r8_ + 37
// alphanumerics. No checksum is documented, so mixed case and a digit are required against identifiers.
export default defineDetector({
  id: 'replicate-api-token',
  provider: 'replicate',
  tokenKind: 'api-token',
  keywords: ['r8_'],
  pattern: /\b(r8_[A-Za-z0-9]{37})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(3)) && /[0-9]/.test(secret.slice(3)),
  redaction: { kind: 'prefix', prefix: /^r8_/ },
  docs: { url: 'https://replicate.com/docs/topics/security/api-tokens', rotate: 'https://replicate.com/account/api-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `REPLICATE_API_TOKEN=${t}`, secret: 'r8_' + fake.alnum(36) + fake.digits(1), variable: 'REPLICATE_API_TOKEN' },
      { text: (t) => `curl -H "Authorization: Bearer ${t}" https://api.replicate.com/v1/predictions`, secret: 'r8_' + fake.alnum(37) },
      { text: (t) => `replicate:\n  api_token: ${t}\n`, secret: 'r8_' + fake.alnum(37) },
    ],
    negative: [
      { text: `REPLICATE_API_TOKEN=r8_${fake.alnum(30)}`, why: 'near miss: 33 characters, not 40' },
      { text: 'REPLICATE_API_TOKEN=r8_' + 'x'.repeat(37), why: "the docs' placeholder" },
    ],
  }),
});
