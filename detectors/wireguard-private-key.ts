import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// A WireGuard interface's PrivateKey is a Curve25519 key, 32 bytes in base64 (https://man7.org/linux/man-pages/man8/wg.8.html,
// CONFIGURATION FILE FORMAT): 43 characters and `=`, the last one before `=` from the 16 that encode 4 trailing zero bits.
// Whoever holds it joins the tunnel as that peer: every network the other peers route to it (AllowedIPs).
const key = () => fake.base64(42) + fake.from('AEIMQUYcgkosw048', 1) + '=';

export default defineDetector({
  id: 'wireguard-private-key',
  provider: 'wireguard',
  tokenKind: 'private-key',
  keywords: ['privatekey'],
  pattern: /\bPrivateKey[ \t]*=[ \t]*([A-Za-z0-9+/]{42}[AEIMQUYcgkosw048]=)(?![A-Za-z0-9+/=])/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its keyword.
  near: { from: 0, to: 0, reach: 80 },
  check: (secret) => new Set(secret).size >= 16,
  redaction: { kind: 'none' },
  docs: { url: 'https://man7.org/linux/man-pages/man8/wg.8.html', rotate: 'https://www.wireguard.com/quickstart/#key-generation' },
  examples: () => ({
    positive: [
      { text: (k) => `[Interface]\nAddress = 10.0.0.2/32\nPrivateKey = ${k}\nListenPort = 51820\n`, secret: key(), path: 'wg0.conf' },
      { text: (k) => `[Interface]\nPrivateKey=${k}\n\n[Peer]\nPublicKey = ${key()}\nAllowedIPs = 0.0.0.0/0\n`, secret: key(), path: 'vpn/office.conf' },
      { text: (k) => `wireguard:\n  config: |\n    [Interface]\n    PrivateKey = ${k}\n`, secret: key() },
    ],
    negative: [
      { text: `[Peer]\nPublicKey = ${key()}\n`, why: "a peer's public key" },
      { text: 'PrivateKey = AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA=', why: 'a placeholder of one repeated character' },
    ],
  }),
});
