import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Cloudflare Origin CA keys (X-Auth-User-Service-Key: issue and revoke origin certificates in every account the user
// reaches) always start v1.0- and "may vary in length" (https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/).
// Two hex groups follow the prefix; their lengths are not documented (UNCONFIRMED), so each may be 16–256 long and
// together they must carry at least 64 hex characters that look drawn.
export default defineDetector({
  id: 'cloudflare-origin-ca-key',
  provider: 'cloudflare-origin-ca',
  tokenKind: 'origin-ca-key',
  keywords: ['v1.0-'],
  pattern: /(?<![A-Za-z0-9._-])(v1\.0-[a-f0-9]{16,256}-[a-f0-9]{16,256})(?![A-Za-z0-9_-])/g,
  check: (secret) => secret.length - 6 >= 64 && randomBody(secret.slice(5).replace('-', ''), 3.5),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^v1\.0-/ },
  docs: { url: 'https://developers.cloudflare.com/fundamentals/api/get-started/ca-keys/', rotate: 'https://dash.cloudflare.com/profile/api-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `CF_API_KEY=${t}`, secret: `v1.0-${fake.hex(24)}-${fake.hex(146)}`, variable: 'CF_API_KEY' },
      { text: (t) => `X-Auth-User-Service-Key: ${t}`, secret: `v1.0-${fake.hex(24)}-${fake.hex(146)}` },
      { text: (t) => `{"origin_ca_key": "${t}"}`, secret: `v1.0-${fake.hex(64)}-${fake.hex(24)}` },
    ],
    negative: [
      { text: `version: v1.0-${fake.hex(24)}`, why: 'a version tag with a hash, no second group' },
      { text: `build: v1.0-${fake.hex(20)}-${fake.hex(20)}`, why: 'two short hashes: under 64 hex characters' },
      { text: `key: v1.0-${'0'.repeat(24)}-${'0'.repeat(146)}`, why: 'placeholder' },
    ],
  }),
});
