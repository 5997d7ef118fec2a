import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Pixie (New Relic's open-source Kubernetes observability) API keys open px-api- and deployment keys px-dep-, each
// followed by a UUID (https://docs.px.dev/reference/admin/api-keys/, https://docs.px.dev/reference/admin/deploy-keys/).
// An API key queries the cluster's telemetry (including captured request bodies); a deploy key installs Pixie's
// agents into a cluster.
export default defineDetector({
  id: 'pixie-api-key',
  provider: 'pixie',
  tokenKind: 'api-key',
  keywords: ['px-api-', 'px-dep-'],
  pattern: /(?<![A-Za-z0-9_-])(px-(?:api|dep)-[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})(?![A-Za-z0-9_-])/g,
  check: (secret) => new Set(secret.slice(7).replace(/-/g, '')).size >= 8,
  enrich: (secret) => ({ tokenKind: secret.startsWith('px-dep-') ? 'deploy-key' : 'api-key' }),
  redaction: { kind: 'prefix', prefix: /^px-(?:api|dep)-/ },
  docs: { url: 'https://docs.px.dev/reference/admin/api-keys/', rotate: 'https://docs.px.dev/reference/admin/api-keys/' },
  examples: () => ({
    positive: [
      { text: (t) => `PX_API_KEY=${t}`, secret: `px-api-${fake.uuid()}`, variable: 'PX_API_KEY' },
      { text: (t) => `px deploy --deploy_key ${t}`, secret: `px-dep-${fake.uuid()}`, path: 'install.sh' },
      { text: (t) => `{"pixie": {"apiKey": "${t}"}}`, secret: `px-api-${fake.uuid()}` },
    ],
    negative: [
      { text: `PX_API_KEY=px-api-${fake.hex(32)}`, why: 'near miss: not a UUID' },
      { text: 'PX_API_KEY=px-api-00000000-0000-0000-0000-000000000000', why: 'not random: the nil UUID' },
    ],
  }),
});
