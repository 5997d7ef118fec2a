import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Slack's rotating tokens say so in the prefix (https://api.slack.com/methods/tooling.tokens.rotate,
// https://docs.slack.dev/authentication/using-token-rotation): an app configuration access token reads `xoxe.xoxp-…`
// (a rotating bot or user token `xoxe.xoxb-…` / `xoxe.xoxp-…`) and its refresh token `xoxe-…`; the docs' own example
// is `xoxe-1-abcdefg`. Issued ones read `1-` then a long base62 body (observed, UNCONFIRMED: the length is not stated,
// so 60 to 400). A configuration token creates, changes and deletes the user's Slack apps; a refresh token mints them.
/** A rotating token's prefix, built from its parts so no line of this file reads as a token. */
const rotating = (kind: 'xoxb' | 'xoxp') => ['xoxe', kind].join('.') + '-1-';

export default defineDetector({
  id: 'slack-config-token',
  provider: 'slack',
  tokenKind: 'refresh-token',
  keywords: ['xoxe'],
  pattern: /(?<![A-Za-z0-9_.-])(xoxe(?:\.xox[bp])?-1-[A-Za-z0-9]{60,400})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(secret.indexOf('-1-') + 3), 4),
  enrich: (secret) => ({ tokenKind: secret.startsWith('xoxe.') ? 'rotating-access-token' : 'refresh-token' }),
  redaction: { kind: 'prefix', prefix: /^xoxe(?:\.xox[bp])?-1-/ },
  docs: { url: 'https://api.slack.com/methods/tooling.tokens.rotate', rotate: 'https://api.slack.com/authentication/config-tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `SLACK_CONFIG_TOKEN=${t}`, secret: rotating('xoxp') + fake.alnum(140), variable: 'SLACK_CONFIG_TOKEN' },
      { text: (t) => `{"refresh_token": "${t}", "team_id": "T0"}`, secret: `xoxe-1-${fake.alnum(140)}` },
      { text: (t) => `SLACK_BOT_TOKEN='${t}'`, secret: rotating('xoxb') + fake.alnum(120) },
    ],
    negative: [
      { text: 'tooling.tokens.rotate refresh_token=xoxe-1-abcdefg', why: "the docs' short example" },
      { text: `SLACK_CONFIG_TOKEN=xoxe-1-${fake.alnum(30)}`, why: 'near miss: a 30-character body' },
      { text: `SLACK_CONFIG_TOKEN=xoxe-1-${'A'.repeat(80)}`, why: 'not random: one character repeated' },
    ],
  }),
});
