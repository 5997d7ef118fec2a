import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Airtable personal access tokens (https://support.airtable.com/docs/creating-personal-access-tokens) read pat + a
// 14-character token id + . + 64 hex characters (observed, UNCONFIRMED). "pat" alone occurs in most source files
// (path, pattern), so the prefilter keyword is "airtable": the token is reported where the file names Airtable.
// A token has its scopes on the bases chosen at creation, up to every base of every workspace of its user.
export default defineDetector({
  id: 'airtable-pat',
  provider: 'airtable',
  tokenKind: 'personal-access-token',
  keywords: ['airtable'],
  pattern: /\b(pat[A-Za-z0-9]{14}\.[a-f0-9]{64})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[A-Z]/.test(secret.slice(3, 17)) && /[0-9]/.test(secret.slice(18)),
  redaction: { kind: 'prefix', prefix: /^pat[A-Za-z0-9]{14}\./ },
  docs: { url: 'https://support.airtable.com/docs/creating-personal-access-tokens', rotate: 'https://airtable.com/create/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `AIRTABLE_API_KEY=${t}`, secret: `pat${fake.alnum(14)}.${fake.hex(64)}`, variable: 'AIRTABLE_API_KEY' },
      { text: (t) => `{"mcpServers":{"airtable":{"command":"npx","args":["-y","airtable-mcp-server"],"env":{"AIRTABLE_API_KEY":"${t}"}}}}`, secret: `pat${fake.alnum(14)}.${fake.hex(64)}` },
      { text: (t) => `const base = new Airtable({ apiKey: '${t}' }).base('appXXXXXXXXXXXXXX');`, secret: `pat${fake.alnum(14)}.${fake.hex(64)}` },
    ],
    negative: [
      { text: `AIRTABLE_API_KEY=pat${fake.alnum(14)}.${fake.hex(40)}`, why: 'near miss: 40 hex characters after the id' },
      { text: `AIRTABLE_API_KEY=key${fake.alnum(14)}`, why: 'a retired API key, not a personal access token' },
    ],
  }),
});
