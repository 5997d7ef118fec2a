import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Kong Konnect tokens carry their kind in the prefix (https://docs.konghq.com/konnect/org-management/access-tokens/):
// kpat_ for a personal access token, spat_ for a system account's; 49 alphanumerics after it as observed
// (UNCONFIRMED). A token acts with its owner's roles on every control plane it reaches: gateways, routes, plugins.
const token = () => 'kpat_' + fake.alnum(49);

export default defineDetector({
  id: 'kong-konnect-token',
  provider: 'kong-konnect',
  tokenKind: 'personal-access-token',
  keywords: ['kpat_', 'spat_'],
  pattern: /\b([ks]pat_[A-Za-z0-9]{49})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(5)),
  redaction: { kind: 'prefix', prefix: /^[ks]pat_/ },
  docs: { url: 'https://docs.konghq.com/konnect/org-management/access-tokens/', rotate: 'https://cloud.konghq.com/global/account/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `KONNECT_TOKEN=${t}`, secret: token(), variable: 'KONNECT_TOKEN' },
      { text: (t) => `deck gateway sync kong.yaml --konnect-token ${t}`, secret: token() },
      { text: (t) => `provider "konnect" {\n  personal_access_token = "${t}"\n}\n`, secret: token() },
    ],
    negative: [
      { text: `KONNECT_TOKEN=kpat_${fake.alnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: `KONNECT_TOKEN=kpat_${'x'.repeat(49)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
