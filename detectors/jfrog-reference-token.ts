import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// JFrog reference tokens are base64 of "reftkn:01:…", so they start cmVmdGtuOjAxOj
// (https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens; the encoding is observed,
// UNCONFIRMED), 64 characters long and more. A token acts with its user's or scope's permissions on Artifactory:
// deploying and deleting artifacts included.
const token = () => 'cmVmdGtuOjAxOj' + fake.alnum(50);

export default defineDetector({
  id: 'jfrog-reference-token',
  provider: 'jfrog',
  tokenKind: 'reference-token',
  keywords: ['cmvmdgtuojaxoj'],
  pattern: /\b(cmVmdGtuOjAxOj[A-Za-z0-9]{50})/g,
  extend: (text, end) => {
    let i = end;
    while (i < text.length && i - end < 200 && /[A-Za-z0-9+/=]/.test(text[i])) i++;
    return i;
  },
  check: (secret) => randomBody(secret.slice(14)),
  redaction: { kind: 'prefix', prefix: /^cmVmdGtuOjAxOj/ },
  docs: {
    url: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/access-tokens',
    rotate: 'https://jfrog.com/help/r/jfrog-platform-administration-documentation/revoke-access-tokens',
  },
  examples: () => ({
    positive: [
      { text: (t) => `JFROG_ACCESS_TOKEN=${t}`, secret: token(), variable: 'JFROG_ACCESS_TOKEN' },
      { text: (t) => `jf config add acme --url https://acme.jfrog.io --access-token ${t}`, secret: token() },
      { text: (t) => `curl -H "Authorization: Bearer ${t}" https://acme.jfrog.io/artifactory/api/repositories`, secret: token() },
    ],
    negative: [
      { text: `JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOj${fake.alnum(20)}`, why: 'near miss: too short for a reference token' },
      { text: `JFROG_ACCESS_TOKEN=cmVmdGtuOjAxOj${'x'.repeat(50)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
