import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { before } from './lib/context.js';

// `vault operator init` prints each unseal key (a Shamir share of the root key) as base64 on an `Unseal Key N:` line,
// and `vault operator unseal KEY` takes one as an argument (https://developer.hashicorp.com/vault/docs/commands/operator,
// https://developer.hashicorp.com/vault/docs/commands/operator/unseal); `-format json` names them `unseal_keys_b64`.
// The docs show 44 base64 characters, with or without `=` padding. A threshold of them unseals the Vault and, with
// `vault operator generate-root`, mints a root token.
const CONTEXT = /unseal/i;

export default defineDetector({
  id: 'vault-unseal-key',
  provider: 'vault',
  tokenKind: 'unseal-key',
  keywords: ['unseal'],
  pattern: /(?<![A-Za-z0-9+/=])([A-Za-z0-9+/]{43,44}={0,1})(?![A-Za-z0-9+/=])/g,
  // The pattern runs only around its keywords (Detector.near): a key only with `unseal` in the 120 characters before it.
  near: { from: 0, to: 120, reach: 46 },
  check: (secret, input) => {
    const core = secret.replace(/=+$/, '');
    return /[A-Z]/.test(core) && /[a-z]/.test(core) && /[0-9]/.test(core) && before(input, CONTEXT, 120);
  },
  redaction: { kind: 'none' },
  docs: { url: 'https://developer.hashicorp.com/vault/docs/commands/operator/unseal', rotate: 'https://developer.hashicorp.com/vault/docs/commands/operator/rekey' },
  examples: () => ({
    positive: [
      { text: (t) => `$ vault operator init\nUnseal Key 1: ${t}\n`, secret: fake.base64(44), path: 'vault-init.txt' },
      { text: (t) => `kubectl exec -ti vault-0 -- vault operator unseal ${t}`, secret: `${fake.base64(43)}=`, path: 'unseal.sh' },
      { text: (t) => `{"unseal_keys_b64": ["${t}"], "unseal_threshold": 1}`, secret: fake.base64(44), path: 'cluster-keys.json' },
    ],
    negative: [
      { text: `Unseal Key 1: ${fake.base64(30)}`, why: 'near miss: 30 characters' },
      { text: `integrity: sha256-${fake.base64(43)}=`, why: 'a checksum with no unseal context' },
      { text: `vault operator unseal ${'A'.repeat(44)}`, why: 'not random: one character repeated' },
    ],
  }),
});
