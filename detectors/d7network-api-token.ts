import { defineNamedDetector } from './lib/named.js';

// D7 Networks API tokens: 20–400 base64 characters, found only where D7 Networks's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://d7networks.com/docs/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'd7network-api-token',
  provider: 'd7network',
  tokenKind: 'api-token',
  names: ['d7network', 'd7_networks', 'd7sms'],
  value: { alphabet: 'base64', length: [20, 400] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://d7networks.com/docs/', rotate: 'https://app.d7networks.com/' },
});
