import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Segment Public API tokens (https://docs.segmentapis.com/tag/Getting-Started/) open sgp_ followed by 64 base62
// characters (observed, UNCONFIRMED). Sourcegraph's tokens share the prefix but carry hex (sourcegraph-access-token),
// so only a mixed-case body is taken here. A workspace token manages sources, destinations and tracking plans.
export default defineDetector({
  id: 'segment-public-api-token',
  provider: 'segment',
  tokenKind: 'public-api-token',
  keywords: ['sgp_'],
  pattern: /\b(sgp_[A-Za-z0-9]{64})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[A-Z]/.test(secret.slice(4)) && /[g-z]/.test(secret.slice(4)) && randomBody(secret.slice(4), 4),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^sgp_/ },
  docs: { url: 'https://docs.segmentapis.com/tag/Getting-Started/', rotate: 'https://app.segment.com/goto-my-workspace/settings/access-management/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `SEGMENT_PUBLIC_API_TOKEN=${t}`, secret: `sgp_${fake.alnum(64)}`, variable: 'SEGMENT_PUBLIC_API_TOKEN' },
      { text: (t) => `curl -H "Authorization: Bearer ${t}" https://api.segmentapis.com/sources`, secret: `sgp_${fake.alnum(64)}`, path: 'segment.sh' },
      { text: (t) => `{"segment": {"token": "${t}"}}`, secret: `sgp_${fake.alnum(64)}` },
    ],
    negative: [
      { text: `SRC_ACCESS_TOKEN=sgp_${fake.hex(64)}`, why: 'hex: a Sourcegraph-style body, not Segment' },
      { text: `SEGMENT_PUBLIC_API_TOKEN=sgp_${fake.alnum(40)}`, why: 'near miss: 40 characters' },
    ],
  }),
});
