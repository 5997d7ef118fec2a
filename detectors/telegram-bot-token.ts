import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { before, variableIs } from './lib/context.js';

const TELEGRAM = /telegram|tgram/i;

// A Telegram bot token is the bot's numeric id, a colon and a secret ("123456:ABC-DEF1234ghIkl-zyx57W2v1u123ew11",
// https://core.telegram.org/bots/api#authorizing-your-bot). Tokens issued by @BotFather carry an 8–10 digit id and a
// 35-character base64url secret opening AA (observed, UNCONFIRMED); the docs' own sample is shorter and is not matched.
// Older tokens' secrets do not open AA: those are taken only where Telegram is named just before them (a TELEGRAM
// variable, `telegram:`, apprise's `tgram://`, the api.telegram.org/bot URL).
// Whoever holds it reads and sends the bot's messages and can change its webhook.
export default defineDetector({
  id: 'telegram-bot-token',
  provider: 'telegram',
  tokenKind: 'bot-token',
  keywords: [':aa', 'telegram', 'tgram'],
  pattern: /(?<![0-9])([0-9]{8,10}:[A-Za-z0-9_-]{35})(?![A-Za-z0-9_-])/g,
  check: (secret, input) => {
    const body = secret.slice(secret.indexOf(':') + 1);
    if (body.startsWith('AA')) return /[a-z]/.test(body.slice(2)) && /[A-Z0-9]/.test(body.slice(2));
    if (!(/[a-z]/.test(body) && /[A-Z]/.test(body) && /[0-9]/.test(body))) return false;
    return variableIs(input, TELEGRAM) || before(input, TELEGRAM, 40);
  },
  enrich: (secret) => ({ facts: { user: `bot ${secret.slice(0, secret.indexOf(':'))}` } }),
  redaction: { kind: 'prefix', prefix: /^[0-9]{8,10}:/ },
  docs: { url: 'https://core.telegram.org/bots/api#authorizing-your-bot', rotate: 'https://core.telegram.org/bots/features#botfather' },
  examples: () => ({
    positive: [
      { text: (t) => `TELEGRAM_BOT_TOKEN=${t}`, secret: `${fake.digits(10)}:AA${fake.base64url(33)}`, variable: 'TELEGRAM_BOT_TOKEN' },
      { text: (t) => `curl https://api.telegram.org/bot${t}/getMe`, secret: `${fake.digits(9)}:AA${fake.base64url(33)}` },
      { text: (t) => `{"mcpServers":{"telegram":{"env":{"TELEGRAM_BOT_TOKEN":"${t}"}}}}`, secret: `${fake.digits(10)}:AA${fake.base64url(33)}` },
      { text: (t) => `apprise -b hello tgram://${t}/`, secret: `${fake.digits(9)}:Zq${fake.base64url(31)}9a`, path: 'notify.sh' },
    ],
    negative: [
      { text: `TELEGRAM_BOT_TOKEN=${fake.digits(10)}:AA${fake.base64url(20)}`, why: 'near miss: a 22-character secret part' },
      { text: `at 12:34:56 ${fake.digits(10)}:AAAA entries`, why: 'a timestamp and a counter, not a token' },
      { text: `cache key ${fake.digits(10)}:Zq${fake.base64url(31)}9a`, why: 'not opening AA and no Telegram context' },
    ],
  }),
});
