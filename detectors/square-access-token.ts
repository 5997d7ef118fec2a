import { defineDetector } from '../src/detect/define.js';
import { before, variableIs } from './lib/context.js';
import * as fake from '../src/detect/fake.js';

// Square access tokens (https://developer.squareup.com/docs/build-basics/access-tokens): current personal and OAuth
// access tokens open EAAA (64 characters, observed), legacy ones sq0atp- + 22, application secrets sq0csp- + 43.
// EAAA alone is also how some Meta tokens open, so that form needs Square nearby (a square-named variable, or
// "square" in the 400 characters before it). A production token moves money: payments, refunds, payouts.
const SQUARE = /square/i;

export default defineDetector({
  id: 'square-access-token',
  provider: 'square',
  tokenKind: 'access-token',
  keywords: ['sq0atp-', 'sq0csp-', 'eaaa'],
  pattern: /\b(EAAA[A-Za-z0-9_-]{60}|sq0atp-[A-Za-z0-9_-]{22}|sq0csp-[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  check: (secret, input) => {
    const body = secret.slice(secret.startsWith('EAAA') ? 4 : 7);
    if (!/[A-Za-z]/.test(body) || !/[0-9]/.test(body)) return false;
    return !secret.startsWith('EAAA') || variableIs(input, SQUARE) || before(input, SQUARE);
  },
  enrich: (secret) => (secret.startsWith('sq0csp-') ? { tokenKind: 'application-secret' } : {}),
  redaction: { kind: 'prefix', prefix: /^(?:EAAA|sq0atp-|sq0csp-)/ },
  docs: { url: 'https://developer.squareup.com/docs/build-basics/access-tokens', rotate: 'https://developer.squareup.com/apps' },
  examples: () => ({
    positive: [
      { text: (t) => `SQUARE_ACCESS_TOKEN=${t}`, secret: 'EAAA' + fake.base64url(60), variable: 'SQUARE_ACCESS_TOKEN' },
      { text: (t) => `{"mcpServers":{"square":{"command":"npx","args":["square-mcp-server"],"env":{"ACCESS_TOKEN":"${t}"}}}}`, secret: 'EAAA' + fake.base64url(60) },
      { text: (t) => `square:\n  application_secret: ${t}\n`, secret: 'sq0csp-' + fake.base64url(43) },
      { text: (t) => `ACCESS_TOKEN=${t}`, secret: 'sq0atp-' + fake.base64url(22) },
    ],
    negative: [
      { text: `FACEBOOK_TOKEN=EAAA${fake.base64url(60)}`, why: 'EAAA with nothing naming Square nearby' },
      { text: `SQUARE_ACCESS_TOKEN=sq0atp-${fake.base64url(12)}`, why: 'near miss: 12 characters after the prefix' },
    ],
  }),
});
