import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { companion } from './lib/context.js';

const CLIENT_ID = /\b(mdb_sa_id_[A-Za-z0-9]{8,64})\b/;

// mdb_sa_sk_ + 40 characters: an Atlas service account's client secret (kingfisher data/rules/mongodb.yml
// rule 4; https://www.mongodb.com/docs/atlas/api/service-accounts-overview/). The client id's mdb_sa_id_
// prefix is UNCONFIRMED; when one sits in the same file it is kept as a fact for the resolver.
export default defineDetector({
  id: 'mongodb-atlas-service-account-secret',
  provider: 'mongodb-atlas',
  tokenKind: 'service-account-secret',
  keywords: ['mdb_sa_sk_'],
  pattern: /\b(mdb_sa_sk_[A-Za-z0-9_-]{6}[A-Za-z0-9]{34})(?![A-Za-z0-9_-])/g,
  enrich: (_secret, input) => {
    const clientId = companion(input.text, CLIENT_ID);
    return clientId ? { facts: { clientId } } : {}; // an identifier: printable
  },
  redaction: { kind: 'prefix', prefix: /^mdb_sa_sk_/ },
  docs: { url: 'https://www.mongodb.com/docs/atlas/api/service-accounts-overview/', rotate: 'https://www.mongodb.com/docs/atlas/configure-api-access-org/' },
  examples: () => ({
    positive: [
      { text: (t) => `MONGODB_ATLAS_CLIENT_SECRET=${t}`, secret: 'mdb_sa_sk_' + fake.base64url(6) + fake.alnum(34), variable: 'MONGODB_ATLAS_CLIENT_SECRET' },
      { text: (t) => `MDB_MCP_API_CLIENT_ID=mdb_sa_id_${fake.hex(24)}\nMDB_MCP_API_CLIENT_SECRET=${t}`, secret: 'mdb_sa_sk_' + fake.base64url(6) + fake.alnum(34) },
      { text: (t) => `{"mcpServers":{"MongoDB":{"env":{"MDB_MCP_API_CLIENT_SECRET":"${t}"}}}}`, secret: 'mdb_sa_sk_' + fake.base64url(6) + fake.alnum(34) },
    ],
    negative: [
      { text: 'MONGODB_ATLAS_CLIENT_SECRET=mdb_sa_sk_' + fake.alnum(20), why: 'near miss: 20 characters after the prefix' },
      { text: 'MONGODB_ATLAS_CLIENT_ID=mdb_sa_id_' + fake.hex(24), why: 'a client id, not the secret' },
    ],
  }),
});
