import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// An OpenVPN static key (openvpn --genkey secret; used by --secret, --tls-auth, --tls-crypt) is 2048 bits as 16 lines of
// 32 hex characters between "BEGIN OpenVPN Static key V1" and its END line (https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/,
// --genkey and --tls-auth). With --tls-crypt it lets a client past the server's first gate; with --secret (static-key
// mode) it decrypts the tunnel's traffic.
const BEGIN = '-----BEGIN OpenVPN Static key V1-----';
const END = '-----END OpenVPN Static key V1-----';
const key = () => `${BEGIN}\n${Array.from({ length: 16 }, () => fake.hex(32)).join('\n')}\n${END}`;

export default defineDetector({
  id: 'openvpn-static-key',
  provider: 'openvpn',
  tokenKind: 'static-key',
  keywords: ['begin openvpn static key'],
  pattern: /-----BEGIN OpenVPN Static key V1-----/g,
  extend: (text, end) => {
    const stop = text.indexOf(END, end);
    if (stop < 0 || stop - end > 4096) return end;
    return stop + END.length;
  },
  check: (secret) => {
    const hex = secret.slice(BEGIN.length, -END.length).replace(/\\n|\s/g, '');
    return /^[0-9a-f]{512}$/i.test(hex) && new Set(hex).size >= 12;
  },
  redaction: { kind: 'none' },
  docs: { url: 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/', rotate: 'https://openvpn.net/community-resources/reference-manual-for-openvpn-2-6/' },
  examples: () => ({
    positive: [
      { text: (k) => `#\n# 2048 bit OpenVPN static key\n#\n${k}\n`, secret: key(), path: 'ta.key' },
      { text: (k) => `client\nremote vpn.acme.io 1194\n<tls-crypt>\n${k}\n</tls-crypt>\n`, secret: key(), path: 'office.ovpn' },
      { text: (k) => `{"tlsAuthKey": "${k.replace(/\n/g, '\\n')}"}`, secret: key().replace(/\n/g, '\\n') },
    ],
    negative: [
      { text: `${BEGIN}\n${fake.hex(32)}\n${END}`, why: 'a fragment: one line, not 16' },
      { text: `${BEGIN}\n${Array.from({ length: 16 }, () => '0'.repeat(32)).join('\n')}\n${END}`, why: 'a placeholder of zeros' },
    ],
  }),
});
