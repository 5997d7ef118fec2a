import { defineNamedDetector } from './lib/named.js';

// Zendesk API tokens: 40 letters and digits, found only where Zendesk's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.zendesk.com/api-reference/introduction/security-and-auth/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'zendesk-api-token',
  provider: 'zendesk',
  tokenKind: 'api-token',
  names: ['zendesk'],
  value: { alphabet: 'alnum', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.zendesk.com/api-reference/introduction/security-and-auth/', rotate: 'https://support.zendesk.com/hc/en-us/articles/4408889192858' },
});
