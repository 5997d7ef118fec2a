import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Prefect Cloud API keys (https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys, PREFECT_API_KEY): pnu_ for a
// user's key, pnb_ for a service account's, then 36 alphanumerics as observed (UNCONFIRMED). A user key acts as its
// user in every workspace: it can delete deployments, flows and blocks (which hold other credentials).
export default defineDetector({
  id: 'prefect-api-key',
  provider: 'prefect',
  tokenKind: 'user-api-key',
  keywords: ['pnu_', 'pnb_'],
  pattern: /\b(pn[ub]_[A-Za-z0-9]{36})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(4)),
  enrich: (secret) => ({ tokenKind: secret.startsWith('pnb_') ? 'service-account-api-key' : 'user-api-key' }),
  redaction: { kind: 'prefix', prefix: /^pn[ub]_/ },
  docs: { url: 'https://docs.prefect.io/v3/manage/cloud/manage-users/api-keys', rotate: 'https://app.prefect.cloud/my/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `PREFECT_API_KEY=${t}`, secret: 'pnu_' + fake.alnum(36), variable: 'PREFECT_API_KEY' },
      { text: (t) => `prefect cloud login --key ${t} --workspace acme/prod`, secret: 'pnu_' + fake.alnum(36) },
      { text: (t) => `  env:\n    PREFECT_API_KEY: "${t}"\n`, secret: 'pnb_' + fake.alnum(36) },
    ],
    negative: [
      { text: `PREFECT_API_KEY=pnu_${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: 'PREFECT_API_KEY=pnu_' + 'a'.repeat(36), why: 'a placeholder of one repeated character' },
    ],
  }),
});
