import { defineNamedDetector } from './lib/named.js';

// BrowserStack access keys: 20 letters and digits, found only where BrowserStack's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.browserstack.com/docs/automate/selenium/getting-started does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'browserstack-access-key',
  provider: 'browserstack',
  tokenKind: 'access-key',
  names: ['browserstack'],
  value: { alphabet: 'alnum', length: 20 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.browserstack.com/docs/automate/selenium/getting-started', rotate: 'https://www.browserstack.com/accounts/settings' },
});
