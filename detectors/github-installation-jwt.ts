import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// From 2026-04-27 installation tokens are stateless `ghs_APPID_JWT`, ~520 characters
// (github/docs data/reusables/apps/ghs-stateless-token-format.md). The exact layout (APPID digits, then
// a three-segment base64url JWT) is UNCONFIRMED, derived from that description.
export default defineDetector({
  id: 'github-installation-jwt',
  provider: 'github',
  tokenKind: 'installation-token',
  keywords: ['ghs_'],
  // The JWT's header always starts `eyJ` (base64url of `{"`); the rest is taken by `extend`, since a
  // regex over three unbounded base64url segments backtracks quadratically on a long run.
  pattern: /\b(ghs_[0-9]{1,12}_eyJ)/g,
  extend: (text, end) => {
    let i = end;
    while (i < text.length && i - end < 8192 && /[A-Za-z0-9_.-]/.test(text[i])) i++;
    return i;
  },
  check: (secret) => /^ghs_[0-9]+_[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{10,}$/.test(secret),
  enrich: (secret) => ({ facts: { appId: secret.split('_')[1] } }),
  redaction: { kind: 'prefix', prefix: /^ghs_/ },
  docs: {
    url: 'https://docs.github.com/apps/creating-github-apps/authenticating-with-a-github-app/authenticating-as-a-github-app-installation',
    rotate: 'https://docs.github.com/rest/apps/installations#revoke-an-installation-access-token',
  },
  examples: () => ({
    positive: [
      { text: (t) => `GITHUB_TOKEN=${t}`, secret: `ghs_${fake.digits(7)}_${fake.jwt({ iss: fake.digits(7), exp: 1800000000 })}`, variable: 'GITHUB_TOKEN' },
      { text: (t) => `Authorization: token ${t}`, secret: `ghs_${fake.digits(6)}_${fake.jwt({ iss: fake.digits(6), exp: 1800000000 })}` },
      { text: (t) => `{"token":"${t}","expires_at":"2026-05-01T00:00:00Z"}`, secret: `ghs_${fake.digits(8)}_${fake.jwt({ iss: 1, exp: 1 })}` },
    ],
    negative: [
      { text: 'GITHUB_TOKEN=ghs_123_eyJhbGc.def.ghi', why: 'segments too short to be a signed JWT' },
      { text: 'const prefix = "ghs_" + appId + "_" + jwt;', why: 'code that builds a token, not a token' },
    ],
  }),
});
