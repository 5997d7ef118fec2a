import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// A WireGuard peer's PresharedKey is 32 random bytes in base64 (https://man7.org/linux/man-pages/man8/wg.8.html,
// CONFIGURATION FILE FORMAT), mixed into the handshake as a post-quantum layer. On its own it opens nothing; with the
// peer's private key it is needed to join the tunnel, so it is reported as that key's companion.
const key = () => fake.base64(42) + fake.from('AEIMQUYcgkosw048', 1) + '=';

export default defineDetector({
  id: 'wireguard-preshared-key',
  provider: 'wireguard',
  tokenKind: 'preshared-key',
  keywords: ['presharedkey'],
  pattern: /\bPresharedKey[ \t]*=[ \t]*([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its keyword.
  near: { from: 0, to: 0, reach: 80 },
  check: (secret) => new Set(secret).size >= 16,
  redaction: { kind: 'none' },
  docs: { url: 'https://man7.org/linux/man-pages/man8/wg.8.html', rotate: 'https://www.wireguard.com/quickstart/#key-generation' },
  examples: () => ({
    positive: [
      { text: (k) => `[Peer]\nPublicKey = ${key()}\nPresharedKey = ${k}\nAllowedIPs = 10.0.0.0/24\n`, secret: key(), path: 'wg0.conf' },
      { text: (k) => `[Peer]\nPresharedKey=${k}\nEndpoint = vpn.acme.io:51820\n`, secret: key(), path: 'vpn/office.conf' },
      { text: (k) => `kind: Secret\nstringData:\n  wg0.conf: |\n    [Peer]\n    PresharedKey = ${k}\n`, secret: key() },
    ],
    negative: [
      { text: `PresharedKey = ${fake.base64(20)}=`, why: 'near miss: not 32 bytes' },
      { text: 'PresharedKey = AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', why: 'a placeholder of one repeated character' },
    ],
  }),
});
