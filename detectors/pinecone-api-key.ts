import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Pinecone API keys created since 2024 start pcsk_ (https://docs.pinecone.io/guides/projects/manage-api-keys):
// pcsk_ + a short key id + _ + a long secret, as observed (the lengths are UNCONFIRMED: 4–10 and 40–90 accepted).
// A key with the default "All" permission reads, writes and deletes every index of its project.
const key = () => `pcsk_${fake.alnum(6)}_${fake.alnum(63)}`;

export default defineDetector({
  id: 'pinecone-api-key',
  provider: 'pinecone',
  tokenKind: 'api-key',
  keywords: ['pcsk_'],
  pattern: /\b(pcsk_[A-Za-z0-9]{4,10}_[A-Za-z0-9]{40,90})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(secret.lastIndexOf('_') + 1)),
  redaction: { kind: 'prefix', prefix: /^pcsk_/ },
  docs: { url: 'https://docs.pinecone.io/guides/projects/manage-api-keys', rotate: 'https://app.pinecone.io/organizations/-/projects/-/keys' },
  examples: () => ({
    positive: [
      { text: (t) => `PINECONE_API_KEY=${t}`, secret: key(), variable: 'PINECONE_API_KEY' },
      { text: (t) => `pc = Pinecone(api_key='${t}')`, secret: key() },
      { text: (t) => `curl https://api.pinecone.io/indexes -H "Api-Key: ${t}"`, secret: key() },
    ],
    negative: [
      { text: `PINECONE_API_KEY=pcsk_${fake.alnum(6)}_${fake.alnum(20)}`, why: 'near miss: a 20-character secret part' },
      { text: 'PINECONE_API_KEY="pcsk_...your key..."', why: "the docs' stand-in" },
    ],
  }),
});
