import { defineDetector } from '../src/detect/define.js';
import { before, variableIs } from './lib/context.js';
import * as fake from '../src/detect/fake.js';

// Notion integration tokens are bearer tokens (https://developers.notion.com/reference/authentication) that open ntn_
// (current, 46 characters after it) or secret_ (legacy, 43) — lengths observed, UNCONFIRMED. secret_ is a common word,
// so that form needs Notion nearby (a notion-named variable, or "notion" in the 400 characters before it). A token
// reads and edits every page shared with its integration (https://developers.notion.com/guides/authorization/credential-security).
const NOTION = /notion/i;

export default defineDetector({
  id: 'notion-token',
  provider: 'notion',
  tokenKind: 'integration-token',
  keywords: ['ntn_', 'notion'],
  pattern: /\b(ntn_[A-Za-z0-9]{46}|secret_[A-Za-z0-9]{43})(?![A-Za-z0-9_-])/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on one of its two prefixes.
  near: { keywords: ['ntn_', 'secret_'], from: 0, to: 0, reach: 52 },
  check: (secret, input) => {
    const body = secret.slice(secret.indexOf('_') + 1);
    if (!/[A-Z]/.test(body) || !/[a-z]/.test(body) || !/[0-9]/.test(body)) return false;
    return secret.startsWith('ntn_') || variableIs(input, NOTION) || before(input, NOTION);
  },
  enrich: (secret) => (secret.startsWith('secret_') ? { tokenKind: 'legacy-integration-token' } : {}),
  redaction: { kind: 'prefix', prefix: /^(?:ntn|secret)_/ },
  docs: { url: 'https://developers.notion.com/reference/authentication', rotate: 'https://www.notion.so/profile/integrations' },
  examples: () => ({
    positive: [
      { text: (t) => `NOTION_TOKEN=${t}`, secret: 'ntn_' + fake.alnum(46), variable: 'NOTION_TOKEN' },
      {
        text: (t) =>
          `{"mcpServers":{"notionApi":{"command":"npx","args":["-y","@notionhq/notion-mcp-server"],"env":{"OPENAPI_MCP_HEADERS":"{\\"Authorization\\": \\"Bearer ${t}\\", \\"Notion-Version\\": \\"2022-06-28\\"}"}}}}`,
        secret: 'ntn_' + fake.alnum(46),
      },
      { text: (t) => `NOTION_API_KEY=${t}`, secret: 'secret_' + fake.alnum(43), variable: 'NOTION_API_KEY' },
    ],
    negative: [
      { text: `CLIENT_SECRET=secret_${fake.alnum(43)}`, why: 'secret_ with nothing naming Notion nearby' },
      { text: `NOTION_TOKEN=ntn_${fake.alnum(30)}`, why: 'near miss: 30 characters after the prefix' },
    ],
  }),
});
