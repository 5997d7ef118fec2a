import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Dropbox issues short-lived OAuth access tokens (https://developers.dropbox.com/oauth-guide) that open sl. (sl.u. in
// newer ones) followed by well over a hundred base64url characters (the layout is observed, UNCONFIRMED). A token
// reads and writes the files its app's scopes allow, for about four hours.
export default defineDetector({
  id: 'dropbox-access-token',
  provider: 'dropbox',
  tokenKind: 'access-token',
  keywords: ['sl.'],
  pattern: /(?<![A-Za-z0-9_.-])(sl\.(?:u\.)?[A-Za-z0-9_-]{130,1400})(?![A-Za-z0-9_.-])/g,
  check: (secret) => randomBody(secret.replace(/^sl\.(?:u\.)?/, ''), 4.5),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^sl\.(?:u\.)?/ },
  docs: { url: 'https://developers.dropbox.com/oauth-guide', rotate: 'https://www.dropbox.com/account/connected_apps' },
  examples: () => ({
    positive: [
      { text: (t) => `DROPBOX_ACCESS_TOKEN=${t}`, secret: `sl.${fake.base64url(140)}`, variable: 'DROPBOX_ACCESS_TOKEN' },
      { text: (t) => `dbx = dropbox.Dropbox("${t}")`, secret: `sl.u.${fake.base64url(300)}`, path: 'backup.py' },
      { text: (t) => `{"mcpServers":{"dropbox":{"env":{"DROPBOX_TOKEN":"${t}"}}}}`, secret: `sl.u.${fake.base64url(200)}` },
    ],
    negative: [
      { text: `DROPBOX_ACCESS_TOKEN=sl.${fake.base64url(40)}`, why: 'near miss: 40 characters' },
      { text: `const x = sl.${'a'.repeat(140)}`, why: 'not random' },
    ],
  }),
});
