import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Postman API keys (https://learning.postman.com/docs/developer/postman-api/authentication/, sent as X-API-Key)
// are PMAK- + 24 hex + - + 34 hex, as observed (layout UNCONFIRMED by the docs). A key acts as its user on every
// workspace, collection, environment (with its secret variables) and monitor the user can reach.
const key = () => `PMAK-${fake.hex(24)}-${fake.hex(34)}`;

export default defineDetector({
  id: 'postman-api-key',
  provider: 'postman',
  tokenKind: 'api-key',
  keywords: ['pmak-'],
  pattern: /\b(PMAK-[a-f0-9]{24}-[a-f0-9]{34})\b/g,
  redaction: { kind: 'prefix', prefix: /^PMAK-/ },
  docs: { url: 'https://learning.postman.com/docs/developer/postman-api/authentication/', rotate: 'https://go.postman.co/settings/me/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `POSTMAN_API_KEY=${t}`, secret: key(), variable: 'POSTMAN_API_KEY' },
      { text: (t) => `curl https://api.getpostman.com/me -H "X-API-Key: ${t}"`, secret: key() },
      { text: (t) => `newman run "https://api.getpostman.com/collections/123?apikey=${t}"`, secret: key() },
    ],
    negative: [
      { text: `POSTMAN_API_KEY=PMAK-${fake.hex(24)}`, why: 'near miss: the key id without its secret part' },
      { text: 'POSTMAN_API_KEY=PMAK-' + '0'.repeat(24) + '-' + '0'.repeat(34), why: 'a placeholder of zeros' },
    ],
  }),
});
