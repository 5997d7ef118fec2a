import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Contentful personal access tokens (Content Management API, the user's full permissions) start CFPAT-
// (https://www.contentful.com/help/personal-access-tokens/). The 43 URL-safe base64 characters after the prefix are the
// length tokens are issued with, not a documented grammar (UNCONFIRMED).
export default defineDetector({
  id: 'contentful-pat',
  provider: 'contentful',
  tokenKind: 'personal-access-token',
  keywords: ['cfpat-'],
  pattern: /\b(CFPAT-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(6)),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^CFPAT-/ },
  docs: { url: 'https://www.contentful.com/help/personal-access-tokens/', rotate: 'https://app.contentful.com/account/profile/cma_tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `CONTENTFUL_MANAGEMENT_TOKEN=${t}`, secret: 'CFPAT-' + fake.alnum(43), variable: 'CONTENTFUL_MANAGEMENT_TOKEN' },
      { text: (t) => `{"managementToken": "${t}"}`, secret: 'CFPAT-' + fake.base64url(41) + '0a' },
      { text: (t) => `contentful space list --management-token ${t}`, secret: 'CFPAT-' + fake.alnum(43) },
    ],
    negative: [
      { text: `CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-${fake.alnum(30)}`, why: 'near miss: 30 characters after the prefix' },
      { text: 'CONTENTFUL_MANAGEMENT_TOKEN=CFPAT-' + 'x'.repeat(43), why: 'placeholder' },
    ],
  }),
});
