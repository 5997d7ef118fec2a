import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Fly.io macaroon tokens: fm1r_ / fm1a_ / fm2_ + standard base64 (gitleaks flyio-access-token), sent as
// `FlyV1 fm2_…,fm2_…` (a comma-separated bundle; trufflehog pkg/detectors/flyio/flyio.go). Whether it is a
// deploy, org, readonly, ssh or machine-exec token is written in its caveats (`fly tokens debug`,
// https://fly.io/docs/flyctl/tokens-debug/). The regex takes the prefix; `extend` takes the bundle.
const NEXT = /,fm(?:1[ar]|2)_/y;

export default defineDetector({
  id: 'flyio-token',
  provider: 'flyio',
  tokenKind: 'macaroon',
  keywords: ['fm1r_', 'fm1a_', 'fm2_'],
  pattern: /\b(fm(?:1[ar]|2)_[A-Za-z0-9+/]{32})/g,
  extend: (text, end) => {
    let i = end;
    for (;;) {
      while (i < text.length && i - end < 8192 && /[A-Za-z0-9+/=]/.test(text[i])) i++;
      NEXT.lastIndex = i;
      if (i - end >= 8192 || !NEXT.test(text)) return i;
      i = NEXT.lastIndex;
    }
  },
  check: (secret) => /^fm(?:1[ar]|2)_[A-Za-z0-9+/]{100,}={0,3}(?:,|$)/.test(secret),
  redaction: { kind: 'prefix', prefix: /^fm(?:1[ar]|2)_/ },
  docs: { url: 'https://fly.io/docs/security/tokens/', rotate: 'https://fly.io/docs/flyctl/tokens-revoke/' },
  examples: () => ({
    positive: [
      { text: (t) => `FLY_API_TOKEN=${t}`, secret: `fm2_${fake.base64(120)}==,fm2_${fake.base64(260)}`, variable: 'FLY_API_TOKEN' },
      { text: (t) => `FLY_API_TOKEN="FlyV1 ${t}"`, secret: `fm2_${fake.base64(300)}` },
      { text: (t) => `curl -H "Authorization: FlyV1 ${t}" https://api.machines.dev/v1/apps`, secret: `fm1r_${fake.base64(180)}=` },
    ],
    negative: [
      { text: `FLY_API_TOKEN=fm2_${fake.base64(40)}`, why: 'near miss: 40 characters, too short for a macaroon' },
      { text: `FLY_API_TOKEN=fm3_${fake.base64(200)}`, why: 'an unknown macaroon version, fm3' },
    ],
  }),
});
