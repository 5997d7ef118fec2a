import { defineNamedDetector } from './lib/named.js';

// MessageBird (Bird) access keys: 25 letters and digits, found only where MessageBird (Bird)'s name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.messagebird.com/api/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'messagebird-access-key',
  provider: 'messagebird',
  tokenKind: 'access-key',
  names: ['messagebird', 'message_bird'],
  value: { alphabet: 'alnum', length: 25 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.messagebird.com/api/#authentication', rotate: 'https://dashboard.messagebird.com/en/developers/access' },
});
