import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { before, variableIs } from './lib/context.js';
import { randomBody } from './lib/prefixed.js';

// Meta (Facebook, Instagram, WhatsApp Business) Graph API access tokens — user, page and system-user tokens — open EAA
// and run to well over a hundred base62 characters (observed in Meta's Graph API Explorer and debug tool, UNCONFIRMED:
// https://developers.facebook.com/docs/facebook-login/guides/access-tokens/ calls them opaque). EAA alone is also how
// Square's tokens open (square-access-token), so the value must be Meta's: a facebook/fb/instagram/whatsapp/graph
// name before it. A page or system-user token posts, reads insights and manages ads as its page or business.
const META = /facebook|\bfb|instagram|whatsapp|graph\.|meta|\big_/i;

export default defineDetector({
  id: 'facebook-access-token',
  provider: 'facebook',
  tokenKind: 'access-token',
  keywords: ['eaa'],
  pattern: /(?<![A-Za-z0-9_+/-])(EAA[A-Za-z0-9]{90,500})(?![A-Za-z0-9_+/=-])/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its prefix, the keyword.
  near: { from: 0, to: 0, reach: 502 },
  check: (secret, input) => randomBody(secret.slice(3), 4) && (variableIs(input, META) || before(input, META, 200)),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^EAA/ },
  docs: { url: 'https://developers.facebook.com/docs/facebook-login/guides/access-tokens/', rotate: 'https://developers.facebook.com/tools/debug/accesstoken/' },
  examples: () => ({
    positive: [
      { text: (t) => `FACEBOOK_ACCESS_TOKEN=${t}`, secret: `EAAG${fake.alnum(180)}`, variable: 'FACEBOOK_ACCESS_TOKEN' },
      { text: (t) => `requests.get("https://graph.facebook.com/v19.0/me/accounts?access_token=${t}")`, secret: `EAAJ${fake.alnum(200)}`, path: 'pages.py' },
      { text: (t) => `{"mcpServers":{"whatsapp":{"env":{"WHATSAPP_TOKEN":"${t}"}}}}`, secret: `EAAB${fake.alnum(160)}` },
    ],
    negative: [
      { text: `SQUARE_ACCESS_TOKEN=EAAA${fake.alnum(60)}`, why: "a Square token's length and name" },
      { text: `FACEBOOK_ACCESS_TOKEN=EAAG${fake.alnum(40)}`, why: 'near miss: 43 characters' },
      { text: `data = "EAAG${fake.alnum(180)}"`, why: 'no Meta name before it' },
    ],
  }),
});
