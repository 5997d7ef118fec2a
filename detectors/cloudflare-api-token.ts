import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { cloudflareCompanions } from './lib/cloudflare.js';

// cfut_ (user) / cfat_ (account, "not tied to a specific user") + 40 alphanumerics + an 8-hex checksum
// (https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/; trufflehog
// pkg/detectors/cloudflareapitoken/v2). The checksum algorithm is not published, so it is not verified.
export default defineDetector({
  id: 'cloudflare-api-token',
  provider: 'cloudflare',
  tokenKind: 'user-api-token',
  keywords: ['cfut_', 'cfat_'],
  pattern: /\b(cf[ua]t_[A-Za-z0-9]{40}[a-f0-9]{8})\b/g,
  enrich: (secret, input) => ({
    ...cloudflareCompanions(input.text),
    tokenKind: secret.startsWith('cfat_') ? 'account-api-token' : 'user-api-token',
  }),
  redaction: { kind: 'prefix', prefix: /^cf[ua]t_/ },
  docs: { url: 'https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/', rotate: 'https://dash.cloudflare.com/profile/api-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `CLOUDFLARE_API_TOKEN=${t}`, secret: 'cfut_' + fake.alnum(40) + fake.hex(8), variable: 'CLOUDFLARE_API_TOKEN' },
      { text: (t) => `CLOUDFLARE_ACCOUNT_ID=${fake.hex(32)}\nCLOUDFLARE_API_TOKEN=${t}`, secret: 'cfat_' + fake.alnum(40) + fake.hex(8) },
      { text: (t) => `[vars]\napi_token = "${t}"`, secret: 'cfut_' + fake.alnum(40) + fake.hex(8) },
    ],
    negative: [
      { text: 'CLOUDFLARE_API_TOKEN=cfut_' + fake.alnum(40) + 'XYZWVUTS', why: 'near miss: the checksum is not hex' },
      { text: 'CLOUDFLARE_API_TOKEN=cfut_' + fake.alnum(30), why: 'near miss: 30 characters after the prefix' },
    ],
  }),
});
