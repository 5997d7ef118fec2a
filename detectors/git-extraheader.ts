import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// http.<url>.extraheader with HTTP basic auth, as actions/checkout writes into .git/config
// (https://git-scm.com/docs/git-config#Documentation/git-config.txt-httpextraHeader; actions/checkout
// persist-credentials). The base64 decodes to user:token; the token is what authenticates.
export default defineDetector({
  id: 'git-extraheader',
  provider: 'git-http',
  tokenKind: 'basic-auth-header',
  keywords: ['extraheader'],
  pattern: /extraheader\s{0,5}=\s{0,5}"?AUTHORIZATION:\s{0,5}(?:basic|bearer)\s{1,5}([A-Za-z0-9+/=._-]{8,4096})/gi,
  check: (secret) => {
    const decoded = Buffer.from(secret, 'base64').toString('utf8');
    return /^[\x20-\x7e]+$/.test(decoded) || secret.length >= 20;
  },
  enrich: (secret, input) => {
    const decoded = Buffer.from(secret, 'base64').toString('utf8');
    const colon = decoded.indexOf(':');
    // The section header within 4 KiB before (a config section is short): not the whole text back, once per match.
    const section = /\[http\s+"([^"]+)"\][^[]*$/.exec(input.text.slice(Math.max(0, input.index - 4096), input.index));
    const facts: Record<string, string> = {};
    if (section) facts.host = section[1];
    if (colon > 0 && /^[\x20-\x7e]+$/.test(decoded)) {
      facts.user = decoded.slice(0, colon);
      return { facts, parts: { decoded, password: decoded.slice(colon + 1) } };
    }
    return { facts };
  },
  redaction: { kind: 'none' },
  docs: { url: 'https://github.com/actions/checkout#usage', rotate: 'set persist-credentials: false on actions/checkout; revoke the token at its issuer' },
  examples: () => ({
    positive: [
      { text: (b) => `[http "https://github.com/"]\n\textraheader = AUTHORIZATION: basic ${b}\n`, secret: Buffer.from(`x-access-token:ghs_${fake.alnum(36)}`).toString('base64'), path: '.git/config' },
      { text: (b) => `[http "https://git.example.com/"]\n\textraHeader = "AUTHORIZATION: basic ${b}"\n`, secret: Buffer.from(`ci:${fake.password()}`).toString('base64'), path: '.git/config' },
      { text: (b) => `git -c http.extraheader="AUTHORIZATION: bearer ${b}" fetch`, secret: fake.alnum(40) },
    ],
    negative: [
      { text: '\textraheader = AUTHORIZATION: basic ***', why: 'masked value' },
      { text: '\textraheader = X-Trace: abc', why: 'a header that is not an authorization' },
    ],
  }),
});
