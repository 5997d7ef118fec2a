import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// ReadMe API keys start rdme_ (https://docs.readme.com/main/reference/intro/authentication); the body is lower-case
// alphanumeric, about 70 characters as observed (UNCONFIRMED: 60–80 accepted). A key edits and deletes the
// project's pages, API definitions and versions.
export default defineDetector({
  id: 'readme-api-key',
  provider: 'readme',
  tokenKind: 'api-key',
  keywords: ['rdme_'],
  pattern: /\b(rdme_[a-z0-9]{60,80})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(5), 3.5),
  redaction: { kind: 'prefix', prefix: /^rdme_/ },
  docs: { url: 'https://docs.readme.com/main/reference/intro/authentication', rotate: 'https://dash.readme.com/project/-/api-key' },
  examples: () => ({
    positive: [
      { text: (t) => `README_API_KEY=${t}`, secret: 'rdme_' + fake.lowerAlnum(70), variable: 'README_API_KEY' },
      { text: (t) => `npx rdme openapi upload openapi.json --key=${t}`, secret: 'rdme_' + fake.lowerAlnum(70) },
      { text: (t) => `      - uses: readmeio/rdme@v9\n        with:\n          rdme: openapi upload openapi.json --key=${t}\n`, secret: 'rdme_' + fake.lowerAlnum(70) },
    ],
    negative: [
      { text: `README_API_KEY=rdme_${fake.lowerAlnum(30)}`, why: 'near miss: 30 characters after the prefix' },
      { text: 'README_API_KEY=rdme_' + 'x'.repeat(70), why: 'a placeholder of one repeated character' },
    ],
  }),
});
