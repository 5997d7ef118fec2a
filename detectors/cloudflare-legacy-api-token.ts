import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { cloudflareCompanions } from './lib/cloudflare.js';
import { before, random, variableIs } from './lib/context.js';

// Pre-2026 API tokens are 40 characters of [A-Za-z0-9_-] with no prefix: a Cloudflare token only where a
// cloudflare- or cf-named token variable holds it, or the apiToken input of cloudflare/wrangler-action
// (trufflehog pkg/detectors/cloudflareapitoken/v1; gitleaks cloudflare-api-key;
// https://developers.cloudflare.com/fundamentals/api/get-started/create-token/).
export default defineDetector({
  id: 'cloudflare-legacy-api-token',
  provider: 'cloudflare',
  tokenKind: 'api-token',
  keywords: ['cloudflare', 'cf_api_token', 'cf-api-token', 'cfapitoken'],
  pattern: /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{40})(?![A-Za-z0-9_-])/g,
  check: (secret, input) =>
    (variableIs(input, /(?:cloudflare|(?:^|[^a-z])cf)[a-z_-]*token/i) || (variableIs(input, /token/i) && before(input, /cloudflare\/wrangler-action/i, 300))) && random(secret, 3.5),
  enrich: (_secret, input) => cloudflareCompanions(input.text),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://developers.cloudflare.com/fundamentals/api/get-started/create-token/', rotate: 'https://dash.cloudflare.com/profile/api-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `CLOUDFLARE_API_TOKEN=${t}`, secret: fake.base64url(40), variable: 'CLOUDFLARE_API_TOKEN' },
      { text: (t) => `CF_API_TOKEN: "${t}"`, secret: fake.alnum(40) },
      { text: (t) => `      - uses: cloudflare/wrangler-action@v3\n        with:\n          apiToken: ${t}`, secret: fake.base64url(40) },
    ],
    negative: [
      { text: 'CLOUDFLARE_ZONE_ID=' + fake.hex(32) + fake.hex(8), why: 'a 40-character value in a Cloudflare id variable, not a token' },
      { text: 'GIT_COMMIT_SHA=' + fake.hex(40), why: 'a 40-character value outside a Cloudflare context' },
    ],
  }),
});
