import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// CircleCI personal API tokens issued since 2023 open CCIPAT_ (https://circleci.com/docs/managing-api-tokens/): the
// prefix, an identifier part and a secret part joined by `_` (the part lengths are observed, UNCONFIRMED; the older
// 40-hex tokens are circleci-personal-api-token). A personal token acts as its user on every project the user follows:
// reads build logs and environment variable names, triggers pipelines.
export default defineDetector({
  id: 'circleci-pat',
  provider: 'circleci',
  tokenKind: 'personal-api-token',
  keywords: ['ccipat_'],
  pattern: /(?<![A-Za-z0-9_-])(CCIPAT_[A-Za-z0-9]{20,30}_[A-Za-z0-9]{30,50})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(7).replace('_', ''), 3.5),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^CCIPAT_/ },
  docs: { url: 'https://circleci.com/docs/managing-api-tokens/', rotate: 'https://app.circleci.com/settings/user/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `CIRCLECI_TOKEN=${t}`, secret: `CCIPAT_${fake.alnum(24)}_${fake.lowerAlnum(40)}`, variable: 'CIRCLECI_TOKEN' },
      { text: (t) => `{"mcpServers":{"circleci":{"env":{"CIRCLECI_TOKEN":"${t}"}}}}`, secret: `CCIPAT_${fake.alnum(24)}_${fake.lowerAlnum(40)}` },
      { text: (t) => `curl -H "Circle-Token: ${t}" https://circleci.com/api/v2/me`, secret: `CCIPAT_${fake.alnum(22)}_${fake.alnum(40)}`, path: 'me.sh' },
    ],
    negative: [
      { text: `CIRCLECI_TOKEN=CCIPAT_${fake.alnum(24)}_${fake.lowerAlnum(10)}`, why: 'near miss: a 10-character secret part' },
      { text: `CIRCLECI_TOKEN=CCIPAT_${'A'.repeat(24)}_${'b'.repeat(40)}`, why: 'not random' },
    ],
  }),
});
