import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Octopus Deploy API keys are API- followed by 25–32 upper-case alphanumerics
// (https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key; the length range is observed, UNCONFIRMED).
// A key acts as its user: with deployment permissions it deploys any release to any environment it is allowed,
// production included.
const token = () => 'API-' + fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 30);

export default defineDetector({
  id: 'octopus-deploy-api-key',
  provider: 'octopus-deploy',
  tokenKind: 'api-key',
  keywords: ['api-'],
  pattern: /\b(API-[A-Z0-9]{25,32})\b/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its prefix, the keyword.
  near: { from: 0, to: 0, reach: 38 },
  check: (secret) => randomBody(secret.slice(4), 3.5),
  redaction: { kind: 'prefix', prefix: /^API-/ },
  docs: { url: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key', rotate: 'https://octopus.com/docs/octopus-rest-api/how-to-create-an-api-key' },
  examples: () => ({
    positive: [
      { text: (t) => `OCTOPUS_API_KEY=${t}`, secret: token(), variable: 'OCTOPUS_API_KEY' },
      { text: (t) => `octo create-release --project web --server https://acme.octopus.app --apiKey ${t}`, secret: token() },
      { text: (t) => `curl https://acme.octopus.app/api/projects -H "X-Octopus-ApiKey: ${t}"`, secret: token() },
    ],
    negative: [
      { text: `OCTOPUS_API_KEY=API-${fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 16)}`, why: 'near miss: 16 characters after the prefix' },
      { text: `OCTOPUS_API_KEY=API-${'X'.repeat(30)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
