import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { variableIs } from './lib/context.js';

// Turso platform API tokens are JWTs minted with `turso auth api-tokens mint` and read by the CLI and the Platform
// API from TURSO_API_TOKEN (https://docs.turso.tech/api-reference/authentication): a JWT is a Turso platform token only
// where a turso-named API or platform token variable holds it. Database auth tokens (TURSO_AUTH_TOKEN, sent to one
// database's libsql host) are not these and are left alone.
const segment = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
const token = () => `${segment({ alg: 'RS256', typ: 'JWT' })}.${segment({ iat: 1767225600, id: fake.alnum(22) })}.${fake.base64url(86)}`;

export default defineDetector({
  id: 'turso-api-token',
  provider: 'turso',
  tokenKind: 'platform-api-token',
  keywords: ['turso'],
  // The regex takes the header's start; `extend` takes the rest (three unbounded segments backtrack on a long run).
  pattern: /\b(eyJ[A-Za-z0-9_-]{5})/g,
  extend: (text, end) => {
    let i = end;
    while (i < text.length && i - end < 4096 && /[A-Za-z0-9_.-]/.test(text[i])) i++;
    return i;
  },
  check: (secret, input) => /^eyJ[A-Za-z0-9_-]{10,}\.eyJ[A-Za-z0-9_-]{10,}\.[A-Za-z0-9_-]{20,}$/.test(secret) && variableIs(input, /turso/i, /api|platform/i, /token|key/i),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://docs.turso.tech/api-reference/authentication', rotate: 'https://docs.turso.tech/cli/auth/api-tokens/revoke' },
  // Examples are built on first use (by the tests), never during a scan.
  examples: () => ({
    positive: [
      { text: (t) => `TURSO_API_TOKEN=${t}`, secret: token(), variable: 'TURSO_API_TOKEN' },
      { text: (t) => `{"mcpServers":{"turso":{"env":{"TURSO_API_TOKEN":"${t}"}}}}`, secret: token() },
      { text: (t) => `export TURSO_PLATFORM_API_TOKEN=${t}`, secret: token() },
    ],
    negative: [
      { text: `TURSO_AUTH_TOKEN=${token()}`, why: "a database auth token, sent only to its database's host" },
      { text: `API_TOKEN=${token()}\n# deployed to turso`, why: 'a JWT outside a Turso platform token variable' },
    ],
  }),
});
