import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Dynatrace tokens are dt0c01.<public part: 24 upper-case alphanumerics>.<secret part: 64 upper-case alphanumerics>
// (https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens#token-format).
// An API token carries the scopes it was created with: with WriteConfig or entities.write it changes monitoring and
// settings of the whole environment.
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';
const token = () => `dt0c01.${fake.from(UPPER, 24)}.${fake.from(UPPER, 64)}`;

export default defineDetector({
  id: 'dynatrace-api-token',
  provider: 'dynatrace',
  tokenKind: 'api-token',
  keywords: ['dt0c01.'],
  pattern: /\b(dt0c01\.[A-Z0-9]{24}\.[A-Z0-9]{64})\b/g,
  redaction: { kind: 'prefix', prefix: /^dt0c01\.[A-Z0-9]{24}\./ },
  docs: {
    url: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens',
    rotate: 'https://docs.dynatrace.com/docs/manage/identity-access-management/access-tokens-and-oauth-clients/access-tokens#revoke',
  },
  examples: () => ({
    positive: [
      { text: (t) => `DT_API_TOKEN=${t}`, secret: token(), variable: 'DT_API_TOKEN' },
      { text: (t) => `curl https://abc12345.live.dynatrace.com/api/v2/entities -H "Authorization: Api-Token ${t}"`, secret: token() },
      { text: (t) => `dynakube:\n  apiToken: ${t}\n`, secret: token() },
    ],
    negative: [
      { text: `DT_API_TOKEN=dt0c01.${fake.from(UPPER, 24)}`, why: 'near miss: the public part without the secret part' },
      { text: `DT_API_TOKEN=dt0c01.${'A'.repeat(24)}.${'B'.repeat(64)}`, why: 'a placeholder of repeated characters' },
    ],
  }),
});
