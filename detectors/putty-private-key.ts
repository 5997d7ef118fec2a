import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { endOfBlock } from './lib/block.js';

// PuTTY .ppk files: "PuTTY-User-Key-File-2|3:" header, then Private-Lines and a Private-MAC line
// (https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html).
export default defineDetector({
  id: 'putty-private-key',
  provider: 'ssh',
  tokenKind: 'putty-private-key',
  keywords: ['putty-user-key-file'],
  pattern: /PuTTY-User-Key-File-[23]: [a-z0-9-]{3,40}/g,
  extend: (text, end) => {
    const stop = endOfBlock(text, end, 'Private-MAC:');
    return stop < 0 ? end : stop;
  },
  check: (secret) => /Private-Lines: \d+/.test(secret) && /Private-MAC: [0-9a-f]+\s*$/.test(secret),
  enrich: (secret) => ({ facts: { encryption: /Encryption: none/.test(secret) ? 'none' : 'passphrase' } }),
  redaction: { kind: 'none' },
  docs: { url: 'https://the.earth.li/~sgtatham/putty/0.78/htmldoc/AppendixC.html', rotate: 'remove the public key from every server that trusts it, then generate a new pair' },
  examples: () => ({
    positive: [1, 2, 3].map((n) => ({
      text: (k: string) => `${k}\n`,
      secret: `PuTTY-User-Key-File-${n === 1 ? 2 : 3}: ssh-${n === 3 ? 'ed25519' : 'rsa'}\nEncryption: none\nComment: key-${n}\nPublic-Lines: 1\n${fake.base64(64)}\nPrivate-Lines: 2\n${fake.base64(64)}\n${fake.base64(40)}\nPrivate-MAC: ${fake.hex(40)}`,
      path: `keys/k${n}.ppk`,
    })),
    negative: [
      { text: 'PuTTY-User-Key-File-3: ssh-rsa\nEncryption: none\n', why: 'header without key lines' },
      { text: 'Look for "PuTTY-User-Key-File-2:" at the top of the file', why: 'prose about the format' },
    ],
  }),
});
