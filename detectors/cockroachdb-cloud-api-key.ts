import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// CockroachDB Cloud API keys start CCDB1_ (https://www.cockroachlabs.com/docs/cockroachcloud/managing-access#api-access):
// CCDB1_ + a 22-character key id + _ + a 40-character secret, as observed (UNCONFIRMED). A key acts as its service
// account: with the Cluster Admin role it deletes clusters, and their backups with them.
const token = () => `CCDB1_${fake.alnum(22)}_${fake.alnum(40)}`;

export default defineDetector({
  id: 'cockroachdb-cloud-api-key',
  provider: 'cockroachdb-cloud',
  tokenKind: 'service-account-api-key',
  keywords: ['ccdb1_'],
  pattern: /\b(CCDB1_[A-Za-z0-9]{22}_[A-Za-z0-9]{40})\b/g,
  check: (secret) => randomBody(secret.slice(secret.lastIndexOf('_') + 1)),
  redaction: { kind: 'prefix', prefix: /^CCDB1_/ },
  docs: { url: 'https://www.cockroachlabs.com/docs/cockroachcloud/managing-access#api-access', rotate: 'https://cockroachlabs.cloud/access/service-accounts' },
  examples: () => ({
    positive: [
      { text: (t) => `COCKROACH_API_KEY=${t}`, secret: token(), variable: 'COCKROACH_API_KEY' },
      { text: (t) => `ccloud cluster list --api-key ${t}`, secret: token() },
      { text: (t) => `curl https://cockroachlabs.cloud/api/v1/clusters -H "Authorization: Bearer ${t}"`, secret: token() },
    ],
    negative: [
      { text: `COCKROACH_API_KEY=CCDB1_${fake.alnum(22)}`, why: 'near miss: the key id without its secret' },
      { text: `COCKROACH_API_KEY=CCDB1_${'x'.repeat(22)}_${'x'.repeat(40)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
