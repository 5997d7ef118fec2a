import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Teamwork.com API keys (Projects, Desk, CRM, Spaces: https://support.teamwork.com/spaces/settings/managing-your-api-keys,
// https://apidocs.teamwork.com/guides/teamwork/getting-started-with-the-teamwork-com-api) are issued as tkn.v1_ + base64
// of about 68 characters (the layout is observed, UNCONFIRMED). A key acts as its user on every Teamwork product the
// user has.
export default defineDetector({
  id: 'teamwork-api-key',
  provider: 'teamwork',
  tokenKind: 'api-key',
  keywords: ['tkn.v1_'],
  pattern: /(?<![A-Za-z0-9_.-])(tkn\.v1_[A-Za-z0-9+/]{40,120}={0,2})(?![A-Za-z0-9+/=_-])/g,
  check: (secret) => randomBody(secret.slice(7).replace(/=+$/, ''), 4),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^tkn\.v1_/ },
  docs: { url: 'https://support.teamwork.com/spaces/settings/managing-your-api-keys', rotate: 'https://support.teamwork.com/spaces/settings/managing-your-api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `TEAMWORK_API_KEY=${t}`, secret: `tkn.v1_${fake.base64(68)}=`, variable: 'TEAMWORK_API_KEY' },
      { text: (t) => `{"mcpServers":{"teamwork":{"env":{"TW_MCP_API_KEY":"${t}"}}}}`, secret: `tkn.v1_${fake.base64(68)}=` },
      { text: (t) => `curl -u '${t}:x' https://acme.teamwork.com/projects.json`, secret: `tkn.v1_${fake.alnum(70)}`, path: 'tw.sh' },
    ],
    negative: [
      { text: `TEAMWORK_API_KEY=tkn.v1_${fake.base64(20)}`, why: 'near miss: 20 characters' },
      { text: `TEAMWORK_API_KEY=tkn.v1_${'A'.repeat(68)}`, why: 'not random' },
    ],
  }),
});
