import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { BECH32_CHARSET, bech32Checksum, bech32Ok } from './lib/bech32.js';

// An age X25519 identity is Bech32 with the human-readable part AGE-SECRET-KEY-, upper case: 32 key bytes are 52
// data characters, then a six-character checksum (https://age-encryption.org/v1, "X25519 recipient type"). The
// checksum is verified, so a near miss or a typo is not reported. Whoever holds it decrypts every file encrypted to
// its recipient (SOPS, chezmoi, agenix secrets).
const HRP = ['AGE', 'SECRET', 'KEY', ''].join('-');

function key(): string {
  const data = fake.from(BECH32_CHARSET, 52);
  return `${HRP}1${data}${bech32Checksum(HRP.toLowerCase(), data)}`.toUpperCase();
}

/** The key with its last character changed: Bech32 detects any single substitution. */
const mistyped = (k: string) => k.slice(0, -1) + (k.endsWith('Q') ? 'P' : 'Q');

export default defineDetector({
  id: 'age-secret-key',
  provider: 'age',
  tokenKind: 'x25519-identity',
  keywords: [`${HRP.toLowerCase()}1`],
  pattern: new RegExp(`(?<![A-Za-z0-9-])(${HRP}1[${BECH32_CHARSET.toUpperCase()}]{58})(?![A-Za-z0-9])`, 'g'),
  check: (secret) => bech32Ok(secret),
  redaction: { kind: 'prefix', prefix: new RegExp(`^${HRP}1`) },
  docs: { url: 'https://age-encryption.org/v1', rotate: 'https://github.com/FiloSottile/age#readme' },
  examples: () => ({
    positive: [
      { text: (t) => `SOPS_AGE_KEY=${t}`, secret: key(), variable: 'SOPS_AGE_KEY' },
      { text: (t) => `# created: 2026-01-01T00:00:00Z\n# public key: age1${fake.from(BECH32_CHARSET, 58)}\n${t}\n`, secret: key(), path: 'keys.txt' },
      { text: (t) => `age:\n  identity: "${t}"\n`, secret: key() },
    ],
    negative: [
      { text: `SOPS_AGE_KEY=${mistyped(key())}`, why: 'near miss: one character mistyped, so the Bech32 checksum does not hold' },
      { text: `SOPS_AGE_KEY=${HRP}1${'Q'.repeat(58)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
