import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Voiceflow API keys "begin with VF.DM." (https://docs.voiceflow.com/api-reference/authentication); the rest reads a
// 24-hex object id, a dot and 16 alphanumerics (observed, UNCONFIRMED). A key runs its agent through the Dialog Manager
// API and reads and changes the project's knowledge base and transcripts.
const key = () => `VF.DM.${fake.hex(24)}.${fake.alnum(16)}`;

export default defineDetector({
  id: 'voiceflow-api-key',
  provider: 'voiceflow',
  tokenKind: 'dialog-manager-api-key',
  keywords: ['vf.dm.'],
  pattern: /(?<![A-Za-z0-9_.-])(VF\.DM\.[a-f0-9]{24}\.[A-Za-z0-9]{16})(?![A-Za-z0-9_.-])/g,
  check: (secret) => randomBody(secret.slice(6, 30), 3) && randomBody(secret.slice(31), 3, false),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^VF\.DM\./ },
  docs: { url: 'https://docs.voiceflow.com/api-reference/authentication', rotate: 'https://docs.voiceflow.com/api-reference/authentication' },
  examples: () => ({
    positive: [
      { text: (t) => `VOICEFLOW_API_KEY=${t}`, secret: key(), variable: 'VOICEFLOW_API_KEY' },
      { text: (t) => `fetch(url, { headers: { Authorization: '${t}' } })`, secret: key(), path: 'chat.js' },
      { text: (t) => `voiceflow:\n  api_key: ${t}\n`, secret: key() },
    ],
    negative: [
      { text: `VOICEFLOW_API_KEY=VF.DM.${fake.hex(12)}.${fake.alnum(16)}`, why: 'near miss: a 12-hex id' },
      { text: 'Authorization: VF.DM.XXXXXXXXX', why: "the docs' placeholder" },
    ],
  }),
});
