import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { isKeyBody } from './lib/block.js';

// OpenSSH's own private-key format (PROTOCOL.key in openssh-portable), ~/.ssh/id_ed25519 and friends.
export default defineDetector({
  id: 'openssh-private-key',
  provider: 'ssh',
  tokenKind: 'openssh-private-key',
  keywords: ['begin openssh private key'],
  pattern: /-----BEGIN OPENSSH PRIVATE KEY-----/g,
  extend: (text, end) => {
    const stop = text.indexOf('-----END OPENSSH PRIVATE KEY-----', end);
    return stop < 0 || stop - end > 65536 ? end : stop + 33;
  },
  check: (secret) => secret.endsWith('-----END OPENSSH PRIVATE KEY-----') && isKeyBody(secret),
  redaction: { kind: 'none' },
  docs: { url: 'https://man.openbsd.org/ssh-keygen', rotate: 'remove the public key from every authorized_keys and Git host, then generate a new pair' },
  examples: () => ({
    positive: [
      { text: (k) => `${k}\n`, secret: fake.pem('OPENSSH PRIVATE KEY'), path: '.ssh/id_ed25519' },
      { text: (k) => `deploy_key: |\n${k}\n`, secret: fake.pem('OPENSSH PRIVATE KEY') },
      { text: (k) => `SSH_KEY="${k}"`, secret: fake.pem('OPENSSH PRIVATE KEY') },
    ],
    negative: [
      { text: '-----BEGIN OPENSSH PRIVATE KEY-----', why: 'marker with no body or end' },
      { text: 'ssh-ed25519 AAAAC3NzaC1lZDI1NTE5AAAAIGx user@host', why: 'a public key line' },
    ],
  }),
});
