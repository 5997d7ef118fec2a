import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// AWS AppSync API keys of the current version start da2- (https://docs.aws.amazon.com/appsync/latest/APIReference/API_ApiKey.html)
// and are sent as x-api-key to a GraphQL API in API_KEY mode. The 26 lower-case alphanumerics after the prefix are the
// length keys are issued with, not a documented grammar (UNCONFIRMED).
export default defineDetector({
  id: 'aws-appsync-api-key',
  provider: 'aws-appsync',
  tokenKind: 'api-key',
  keywords: ['da2-'],
  pattern: /(?<![A-Za-z0-9_-])(da2-[a-z0-9]{26})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(4), 3, false) && /[0-9]/.test(secret.slice(4)) && /[a-z]/.test(secret.slice(4)),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^da2-/ },
  docs: { url: 'https://docs.aws.amazon.com/appsync/latest/devguide/security-authz.html#api-key-authorization', rotate: 'https://console.aws.amazon.com/appsync/home' },
  examples: () => ({
    positive: [
      { text: (t) => `APPSYNC_API_KEY=${t}`, secret: 'da2-' + fake.lowerAlnum(26), variable: 'APPSYNC_API_KEY' },
      { text: (t) => `{"aws_appsync_apiKey": "${t}"}`, secret: 'da2-' + fake.lowerAlnum(26) },
      { text: (t) => `headers: { 'x-api-key': '${t}' }`, secret: 'da2-' + fake.lowerAlnum(26) },
    ],
    negative: [
      { text: `APPSYNC_API_KEY=da2-${fake.lowerAlnum(20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: `id: 4b8e${fake.hex(4)}-da2-${fake.lowerAlnum(26)}`, why: 'inside a longer hyphenated identifier' },
    ],
  }),
});
