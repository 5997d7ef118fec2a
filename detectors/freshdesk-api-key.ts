import { defineNamedDetector } from './lib/named.js';

// Freshdesk API keys: 20 letters and digits, found only where Freshdesk's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.freshdesk.com/api/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'freshdesk-api-key',
  provider: 'freshdesk',
  names: ['freshdesk'],
  value: { alphabet: 'alnum', length: 20 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.freshdesk.com/api/#authentication', rotate: 'https://support.freshdesk.com/support/solutions/articles/215517' },
});
