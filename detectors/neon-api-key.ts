import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { before, random, variableIs } from './lib/context.js';

// Neon API keys have no documented public prefix (third-party scanners disagree on napi_ / neon_),
// so a value is a Neon key only where a neon-named key or token variable holds it (NEON_API_KEY, the name
// neonctl and the Neon docs use: https://neon.com/docs/manage/api-keys), or where Neon's MCP server takes it as
// the positional argument after `start` (`npx -y @neondatabase/mcp-server-neon start <NEON_API_KEY>`, in a
// shell or an MCP config's `args`: https://github.com/neondatabase-labs/mcp-server-neon). It must look random.
const MCP_START = /mcp-server-neon["'`]?[ \t]*,?[ \t]*["'`]?start["'`]?[ \t]*,?[ \t]*["'`]?$/;

export default defineDetector({
  id: 'neon-api-key',
  provider: 'neon',
  tokenKind: 'api-key',
  keywords: ['neon'],
  pattern: /(?<![A-Za-z0-9_-])([A-Za-z0-9_-]{32,128})(?![A-Za-z0-9_-])/g,
  // Both the variable (read at most 200 characters back on the line) and the MCP arguments name neon; no match starts
  // inside another (the look-behind refuses the value's characters).
  near: { from: 0, to: 200, reach: 132 },
  check: (secret, input) => (variableIs(input, /neon/i, /api[_-]?key|token/i) || before(input, MCP_START, 200)) && random(secret, 4) && /[0-9]/.test(secret) && /[a-z]/i.test(secret),
  redaction: { kind: 'prefix', prefix: /^(?:napi_)?/ },
  docs: { url: 'https://neon.com/docs/manage/api-keys', rotate: 'https://console.neon.tech/app/settings/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `NEON_API_KEY=${t}`, secret: fake.lowerAlnum(64), variable: 'NEON_API_KEY' },
      { text: (t) => `{"mcpServers":{"neon":{"command":"npx","args":["@neondatabase/mcp-server-neon","start"],"env":{"NEON_API_KEY":"${t}"}}}}`, secret: fake.lowerAlnum(64) },
      { text: (t) => `{"mcpServers":{"neon":{"command":"npx","args":["-y","@neondatabase/mcp-server-neon","start","${t}"]}}}`, secret: fake.lowerAlnum(64) },
      { text: (t) => `provider "neon" {}\nneon_api_token = "${t}"`, secret: 'napi_' + fake.lowerAlnum(60) },
    ],
    negative: [
      { text: 'NEON_API_KEY=' + 'my-neon-key-goes-into-the-secret-manager', why: 'a phrase without digits, not a random key' },
      { text: `NEON_PROJECT_ID=${fake.lowerAlnum(40)}`, why: 'a project id variable, not a key' },
      { text: `{"args":["-y","@neondatabase/mcp-server-neon","init","${fake.lowerAlnum(64)}"]}`, why: 'an argument after another command than start' },
    ],
  }),
});
