import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Browserbase API keys start bb_live_ (https://docs.browserbase.com/introduction/getting-started, BROWSERBASE_API_KEY);
// the base64url body is 27 characters as observed (UNCONFIRMED: 20–64 accepted). A key runs browser sessions on the
// project (with its saved contexts: logged-in cookies) and spends its minutes.
const token = () => 'bb_live_' + fake.base64url(27);

export default defineDetector({
  id: 'browserbase-api-key',
  provider: 'browserbase',
  tokenKind: 'api-key',
  keywords: ['bb_live_'],
  pattern: /\b(bb_live_[A-Za-z0-9_-]{20,64})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(8)),
  redaction: { kind: 'prefix', prefix: /^bb_live_/ },
  docs: { url: 'https://docs.browserbase.com/introduction/getting-started', rotate: 'https://www.browserbase.com/settings' },
  examples: () => ({
    positive: [
      { text: (t) => `BROWSERBASE_API_KEY=${t}`, secret: token(), variable: 'BROWSERBASE_API_KEY' },
      { text: (t) => `const bb = new Browserbase({ apiKey: '${t}' });`, secret: token() },
      { text: (t) => `{"env":{"BROWSERBASE_API_KEY":"${t}","BROWSERBASE_PROJECT_ID":"${fake.uuid()}"}}`, secret: token() },
    ],
    negative: [
      { text: `BROWSERBASE_API_KEY=bb_live_${fake.alnum(10)}`, why: 'near miss: 10 characters after the prefix' },
      { text: `BROWSERBASE_API_KEY=bb_live_${'x'.repeat(27)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
