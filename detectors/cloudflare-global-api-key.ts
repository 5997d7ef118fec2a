import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { cloudflareCompanions } from './lib/cloudflare.js';

// cfk_ + 40 alphanumerics + an 8-hex checksum: the Global API Key, "full access"
// (https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/; trufflehog
// pkg/detectors/cloudflareglobalapikey/v2). It is sent with the user's email, read from the same file if there.
export default defineDetector({
  id: 'cloudflare-global-api-key',
  provider: 'cloudflare',
  tokenKind: 'global-api-key',
  keywords: ['cfk_'],
  pattern: /\b(cfk_[A-Za-z0-9]{40}[a-f0-9]{8})\b/g,
  enrich: (_secret, input) => cloudflareCompanions(input.text),
  redaction: { kind: 'prefix', prefix: /^cfk_/ },
  docs: { url: 'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/', rotate: 'https://dash.cloudflare.com/profile/api-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `CLOUDFLARE_API_KEY=${t}`, secret: 'cfk_' + fake.alnum(40) + fake.hex(8), variable: 'CLOUDFLARE_API_KEY' },
      { text: (t) => `CF_API_EMAIL=ops@example.org\nCF_API_KEY=${t}`, secret: 'cfk_' + fake.alnum(40) + fake.hex(8) },
      { text: (t) => `curl -H "X-Auth-Key: ${t}" https://api.cloudflare.com/client/v4/user`, secret: 'cfk_' + fake.alnum(40) + fake.hex(8) },
    ],
    negative: [
      { text: 'CLOUDFLARE_API_KEY=cfk_' + fake.alnum(40), why: 'near miss: the checksum is missing' },
      { text: 'CLOUDFLARE_API_KEY=cfk_' + 'x'.repeat(48), why: 'placeholder run of x' },
    ],
  }),
});
