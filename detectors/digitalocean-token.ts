import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// dop_v1_ (personal access), doo_v1_ (OAuth access), dor_v1_ (OAuth refresh) + 64 hex (trufflehog
// pkg/detectors/digitaloceanv2; gitleaks digitalocean-pat; https://docs.digitalocean.com/reference/api/create-personal-access-token/).
const KINDS: Record<string, string> = { dop: 'personal-access-token', doo: 'oauth-token', dor: 'refresh-token' };

export default defineDetector({
  id: 'digitalocean-token',
  provider: 'digitalocean',
  tokenKind: 'personal-access-token',
  keywords: ['dop_v1_', 'doo_v1_', 'dor_v1_'],
  pattern: /\b((?:dop|doo|dor)_v1_[a-f0-9]{64})\b/g,
  enrich: (secret) => ({ tokenKind: KINDS[secret.slice(0, 3)] }),
  redaction: { kind: 'prefix', prefix: /^do[por]_v1_/ },
  docs: { url: 'https://docs.digitalocean.com/reference/api/create-personal-access-token/', rotate: 'https://cloud.digitalocean.com/account/api/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `DIGITALOCEAN_ACCESS_TOKEN=${t}`, secret: 'dop_v1_' + fake.hex(64), variable: 'DIGITALOCEAN_ACCESS_TOKEN' },
      { text: (t) => `access-token: ${t}\ncontext: default`, secret: 'dop_v1_' + fake.hex(64), path: '.config/doctl/config.yaml' },
      { text: (t) => `{"access_token":"${fake.hex(8)}","refresh_token":"${t}"}`, secret: 'dor_v1_' + fake.hex(64) },
    ],
    negative: [
      { text: 'DIGITALOCEAN_ACCESS_TOKEN=dop_v1_' + fake.alnum(64), why: 'near miss: the body is not hex' },
      { text: 'DIGITALOCEAN_ACCESS_TOKEN=dop_v2_' + fake.hex(64), why: 'an unknown version, v2' },
    ],
  }),
});
