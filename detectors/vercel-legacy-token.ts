import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { before, random, variableIs } from './lib/context.js';

// Pre-2026 Vercel tokens are 24 alphanumerics, a Vercel token only where a vercel-named token variable holds
// it, or a token key inside Terraform's `provider "vercel"` block (trufflehog pkg/detectors/vercel/vercel.go requires the keyword too; https://vercel.com/docs/accounts/access-tokens).
export default defineDetector({
  id: 'vercel-legacy-token',
  provider: 'vercel',
  tokenKind: 'legacy-token',
  keywords: ['vercel'],
  pattern: /\b([A-Za-z0-9]{24})\b/g,
  check: (secret, input) => variableIs(input, /token|key|auth/i) && (variableIs(input, /vercel/i) || before(input, /provider\s+"vercel"\s*\{[^}]*$/, 300)) && random(secret, 3.5),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://vercel.com/docs/accounts/access-tokens', rotate: 'https://vercel.com/account/settings/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `VERCEL_TOKEN=${t}`, secret: fake.alnum(24), variable: 'VERCEL_TOKEN' },
      { text: (t) => `env:\n  VERCEL_API_TOKEN: ${t}\n  VERCEL_ORG_ID: team_${fake.alnum(24)}`, secret: fake.alnum(24) },
      { text: (t) => `provider "vercel" {\n  api_token = "${t}"\n}\nvariable "vercel_token" {}`, secret: fake.alnum(24) },
    ],
    negative: [
      { text: 'VERCEL_ORG_ID=' + fake.alnum(24), why: 'an account id in a Vercel variable, not a token' },
      { text: 'SESSION_SECRET=' + fake.alnum(24), why: 'a 24-character value outside a Vercel context' },
    ],
  }),
});
