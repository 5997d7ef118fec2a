import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { looksLikeWords } from './lib/assignment.js';

// Resend API keys start re_ (https://resend.com/docs/dashboard/api-keys/introduction; the SDKs' own examples read
// `new Resend('re_xxxxxxxxx')`, https://resend.com/docs/send-with-nodejs). The body after the prefix — 8
// alphanumerics, an underscore, 24 alphanumerics — is observed, not documented (UNCONFIRMED). A key has Full access
// (every resource: domains, API keys, audiences, contacts) or Sending access (emails only)
// (https://resend.com/changelog/new-api-key-permissions); the key does not say which.
const key = () => `re_${fake.alnum(8)}_${fake.alnum(24)}`;

export default defineDetector({
  id: 'resend-api-key',
  provider: 'resend',
  tokenKind: 'api-key',
  keywords: ['re_'],
  pattern: /\b(re_[A-Za-z0-9]{8}_[A-Za-z0-9]{24})(?![A-Za-z0-9_-])/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its prefix, the keyword.
  near: { from: 0, to: 0, reach: 40 },
  // `re_` also opens identifiers (re_compile_pattern_…, re_ParseXml_…): a key's body mixes cases, and digits or a
  // run that reads as no words (about 1 key in 300 draws no digit in its 32 characters).
  check: (secret) => {
    const body = secret.slice(3).replace('_', '');
    return /[A-Z]/.test(body) && /[a-z]/.test(body) && (/[0-9]/.test(body) || !looksLikeWords(body));
  },
  redaction: { kind: 'prefix', prefix: /^re_/ },
  docs: { url: 'https://resend.com/docs/dashboard/api-keys/introduction', rotate: 'https://resend.com/api-keys' },
  // Examples are built on first use (by the tests), never during a scan.
  examples: () => ({
    positive: [
      { text: (t) => `RESEND_API_KEY=${t}`, secret: key(), variable: 'RESEND_API_KEY' },
      { text: (t) => `{"mcpServers":{"resend":{"env":{"RESEND_API_KEY":"${t}"}}}}`, secret: key() },
      { text: (t) => `const resend = new Resend('${t}');`, secret: key() },
      // A draw with no digit (about 1 key in 300) is still a key.
      {
        text: (t) => `RESEND_API_KEY=${t}`,
        secret: `re_${fake.from('ABCDEFGHJKLMNPQRSTUVWXYZ', 4)}${fake.from('abcdefghjkmnpqrstuvwxyz', 4)}_${fake.from('BCDFGHJKLMNPQRSTVWXZbcdfghjkmnpqrstvwxz', 24)}`,
      },
    ],
    negative: [
      { text: 'RESEND_API_KEY=re_123456789', why: "the documentation's placeholder: too short" },
      { text: 'def re_compile_pattern_for_tokens_in_source(x): pass', why: 'an identifier with the same prefix' },
      { text: 'const fn = re_ParseXml_HandleElementsAndAttribute;', why: 'a camel-case identifier: mixed case, no digits, words' },
      { text: `RESEND_API_KEY=re_${fake.alnum(8)}_${fake.alnum(16)}`, why: 'near miss: 16 characters after the underscore' },
    ],
  }),
});
