import { defineDetector, indexAfter } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { isKeyBody } from './lib/block.js';

// PEM private keys (RFC 7468 §10-11): RSA, EC, DSA, PKCS#8 and encrypted PKCS#8. The body is taken by
// `extend` up to the matching END line: one indexOf, where a regex over the body would backtrack.
export default defineDetector({
  id: 'private-key',
  provider: 'private-key',
  tokenKind: 'pem-private-key',
  keywords: ['private key-----'],
  pattern: /-----BEGIN (?:RSA |EC |DSA |ENCRYPTED )?PRIVATE KEY-----/g,
  extend: (text, end) => {
    // JSON strings escape the newlines (\n): the END line is still found by its label.
    const stop = indexAfter(text, '-----END ', end);
    if (stop < 0 || stop - end > 65536) return end;
    const close = text.indexOf('-----', stop + 9);
    return close < 0 ? end : close + 5;
  },
  check: (secret) => /-----END [A-Z ]*PRIVATE KEY-----$/.test(secret) && isKeyBody(secret),
  enrich: (secret) => ({ tokenKind: /ENCRYPTED/.test(secret.slice(0, 40)) || /Proc-Type: 4,ENCRYPTED/.test(secret) ? 'encrypted-private-key' : 'pem-private-key' }),
  redaction: { kind: 'none' },
  // A GCP service-account file holds a PEM key too: the specific detector claims it.
  precedence: 'general',
  docs: { url: 'https://datatracker.ietf.org/doc/html/rfc7468', rotate: 'the service the key authenticates to (replace the key pair, remove the public key there)' },
  examples: () => ({
    positive: [
      { text: (k) => `${k}\n`, secret: fake.pem('RSA PRIVATE KEY'), path: 'deploy/id_rsa' },
      { text: (k) => `key: |\n  ${k.replace(/\n/g, '\n  ')}\n`.replace(/\n {2}/g, '\n'), secret: fake.pem('PRIVATE KEY') },
      { text: (k) => `{"key": "${k.replace(/\n/g, '\\n')}"}`, secret: fake.pem('EC PRIVATE KEY').replace(/\n/g, '\\n') },
      { text: (k) => `{"key": "${k}"}`, secret: fake.pem('PRIVATE KEY').replace(/\n/g, '\\r\\n') },
      {
        text: (k) => `String key = "${k}";`,
        secret: fake
          .pem('RSA PRIVATE KEY')
          .split('\n')
          .map((l) => `"${l}"`)
          .join(' +\n')
          .slice(1, -1),
      },
    ],
    negative: [
      { text: '-----BEGIN PUBLIC KEY-----\nMIIBIjANBg\n-----END PUBLIC KEY-----', why: 'a public key' },
      { text: 'const HEADER = "-----BEGIN PRIVATE KEY-----";', why: 'the marker alone, no key body' },
    ],
  }),
});
