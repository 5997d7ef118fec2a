import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Dependency-Track API keys (https://docs.dependencytrack.org/integrations/rest-api/, X-Api-Key) are Alpine's: a prefix
// (alpine.api.key.prefix, odt_ by default in Dependency-Track's configuration reference), then either a public id of 8,
// `_` and a secret of 32 (Alpine 3.2.0+), or 32 alone (older keys), each drawn from A-Za-z0-9
// (https://github.com/stevespringett/Alpine: alpine-model/.../ApiKey.java PUBLIC_ID_LENGTH = 8, API_KEY_LENGTH = 32;
// alpine-infra/.../ApiKeyGenerator.java). No other length is minted. A key carries its team's permissions: a team with
// PORTFOLIO_MANAGEMENT deletes projects and their findings.
export default defineDetector({
  id: 'dependency-track-api-key',
  provider: 'dependency-track',
  tokenKind: 'api-key',
  keywords: ['odt_'],
  pattern: /\b(odt_(?:[A-Za-z0-9]{8}_)?[A-Za-z0-9]{32})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(secret.lastIndexOf('_') + 1)),
  redaction: { kind: 'prefix', prefix: /^odt_/ },
  docs: { url: 'https://docs.dependencytrack.org/integrations/rest-api/', rotate: 'https://docs.dependencytrack.org/getting-started/configuration/' },
  examples: () => ({
    positive: [
      { text: (t) => `DTRACK_API_KEY=${t}`, secret: 'odt_' + fake.alnum(32), variable: 'DTRACK_API_KEY' },
      { text: (t) => `curl -X POST https://dtrack.acme.io/api/v1/bom -H "X-Api-Key: ${t}" -F bom=@bom.xml`, secret: `odt_${fake.alnum(8)}_${fake.alnum(32)}` },
      { text: (t) => `dependencyTrack:\n  apiKey: ${t}\n`, secret: 'odt_' + fake.alnum(32) },
    ],
    negative: [
      { text: `DTRACK_API_KEY=odt_${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: `DTRACK_API_KEY=odt_${fake.alnum(36)}`, why: 'near miss: 36 characters, neither 32 nor 8_32' },
      { text: 'DTRACK_API_KEY=odt_' + 'X'.repeat(32), why: 'a placeholder of one repeated character' },
    ],
  }),
});
