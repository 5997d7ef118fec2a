import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// A Salesforce access token (session id) opens with the org's 15-character id (00D…), then `!` and the session secret
// (https://help.salesforce.com/s/articleView?id=sf.remoteaccess_access_tokens.htm; the layout is observed,
// UNCONFIRMED). It is what `sf org display` prints as Access Token. Whoever holds it acts as the user in the org
// through the REST and SOAP APIs until the session ends.
export default defineDetector({
  id: 'salesforce-access-token',
  provider: 'salesforce',
  tokenKind: 'access-token',
  keywords: ['00d'],
  pattern: /(?<![A-Za-z0-9_.-])(00D[A-Za-z0-9]{12}![A-Za-z0-9._]{80,200})(?![A-Za-z0-9._-])/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its prefix, the keyword.
  near: { from: 0, to: 0, reach: 216 },
  check: (secret) => randomBody(secret.slice(16), 4),
  enrich: (secret) => ({ facts: { org: secret.slice(0, 15), shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^00D[A-Za-z0-9]{12}!/ },
  docs: { url: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_access_tokens.htm', rotate: 'https://help.salesforce.com/s/articleView?id=sf.remoteaccess_revoke_token.htm' },
  examples: () => ({
    positive: [
      { text: (t) => `SF_ACCESS_TOKEN=${t}`, secret: `00D${fake.alnum(12)}!${fake.alnum(40)}.${fake.alnum(55)}`, variable: 'SF_ACCESS_TOKEN' },
      { text: (t) => `curl https://acme.my.salesforce.com/services/data/v60.0/ -H "Authorization: Bearer ${t}"`, secret: `00D${fake.alnum(12)}!${fake.alnum(96)}`, path: 'sf.sh' },
      { text: (t) => `Access Token      ${t}\nInstance Url      https://acme.my.salesforce.com`, secret: `00D${fake.alnum(12)}!${fake.alnum(50)}.${fake.alnum(46)}`, path: 'org.txt' },
    ],
    negative: [
      { text: `SF_ORG_ID=00D${fake.alnum(12)}`, why: 'an org id alone' },
      { text: `SF_ACCESS_TOKEN=00D${fake.alnum(12)}!${fake.alnum(30)}`, why: 'near miss: a 30-character secret' },
    ],
  }),
});
