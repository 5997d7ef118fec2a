import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { cloudflareCompanions } from './lib/cloudflare.js';
import { random, variableIs } from './lib/context.js';

// The pre-2026 Global API Key is 37 lower-case hex characters (gitleaks cloudflare-global-api-key; trufflehog
// pkg/detectors/cloudflareglobalapikey/v1 allows 37–45), a Cloudflare key only where a cloudflare- or cf-named
// key variable or an X-Auth-Key header holds it; it is sent with the user's email (X-Auth-Email;
// https://developers.cloudflare.com/fundamentals/api/get-started/keys/).
export default defineDetector({
  id: 'cloudflare-legacy-global-api-key',
  provider: 'cloudflare',
  tokenKind: 'global-api-key',
  keywords: ['cloudflare', 'cf_api_key', 'cf-api-key', 'cfapikey', 'x-auth-key'],
  pattern: /\b([a-f0-9]{37})\b/g,
  check: (secret, input) => (variableIs(input, /(?:cloudflare|(?:^|[^a-z])cf)[a-z_-]*key/i) || variableIs(input, /^x-auth-key$/i)) && random(secret, 3),
  enrich: (_secret, input) => cloudflareCompanions(input.text),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://developers.cloudflare.com/fundamentals/api/get-started/keys/', rotate: 'https://dash.cloudflare.com/profile/api-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `CLOUDFLARE_API_KEY=${t}`, secret: fake.hex(37), variable: 'CLOUDFLARE_API_KEY' },
      { text: (t) => `CLOUDFLARE_EMAIL=ops@example.org\nCLOUDFLARE_API_KEY="${t}"`, secret: fake.hex(37) },
      { text: (t) => `curl -H "X-Auth-Email: ops@example.org" -H "X-Auth-Key: ${t}" https://api.cloudflare.com/client/v4/user`, secret: fake.hex(37) },
    ],
    negative: [
      { text: 'CLOUDFLARE_API_KEY=' + fake.hex(32), why: 'near miss: 32 hex characters (an account or zone id length)' },
      { text: 'BUILD_ID=' + fake.hex(37), why: 'a 37-hex value outside a Cloudflare context' },
    ],
  }),
});
