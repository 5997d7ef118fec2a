import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { isKeyBody } from './lib/block.js';

// A PEM private key (RFC 7468) stored base64-encoded as one value — Kubernetes Secret `data:`, `PRIVATE_KEY_B64=`,
// CI variables that cannot hold newlines. Base64 of `-----BEGIN` always starts `LS0tLS1CRUdJTi`
// (RFC 4648 §4: three bytes to four characters, and `-----BEGIN` starts at a multiple of three); the decoded
// text must be a whole key block (https://datatracker.ietf.org/doc/html/rfc7468).
const BLOCK = /^-----BEGIN (?:RSA |EC |DSA |OPENSSH |ENCRYPTED )?PRIVATE KEY-----[\s\S]*?-----END [A-Z ]*PRIVATE KEY-----/;

function decoded(secret: string): string {
  return Buffer.from(secret, 'base64').toString('latin1');
}

export default defineDetector({
  id: 'base64-private-key',
  provider: 'private-key',
  tokenKind: 'pem-private-key',
  keywords: ['ls0tls1crudjti'],
  pattern: /\b(LS0tLS1CRUdJTi[A-Za-z0-9+/]{80,65536}={0,2})(?![A-Za-z0-9+/=])/g,
  check: (secret) => {
    const m = BLOCK.exec(decoded(secret));
    return m !== null && isKeyBody(m[0]);
  },
  enrich: (secret) => ({ tokenKind: /ENCRYPTED/.test(decoded(secret).slice(0, 300)) ? 'encrypted-private-key' : 'pem-private-key' }),
  redaction: { kind: 'none' },
  docs: { url: 'https://datatracker.ietf.org/doc/html/rfc7468', rotate: 'the service the key authenticates to (replace the key pair, remove the public key there)' },
  examples: () => {
    const b64 = (s: string) => Buffer.from(s).toString('base64');
    return {
      positive: [
        { text: (k) => `PRIVATE_KEY_B64=${k}`, secret: b64(`${fake.pem('RSA PRIVATE KEY')}\n`) },
        { text: (k) => `data:\n  tls.key: ${k}\n`, secret: b64(fake.pem('PRIVATE KEY')), path: 'k8s/secret.yaml' },
        { text: (k) => `{"privateKey": "${k}"}`, secret: b64(fake.pem('EC PRIVATE KEY')) },
      ],
      negative: [
        { text: `cert: ${b64(fake.pem('CERTIFICATE'))}`, why: 'a certificate, public' },
        { text: `key: ${b64('-----BEGIN PRIVATE KEY-----\nnot a key body at all, just words here and here and here\n-----END PRIVATE KEY-----')}`, why: 'no base64 key body inside' },
      ],
    };
  },
});
