import { defineNamedDetector } from './lib/named.js';

// Postmark server tokens: a UUID, found only where Postmark's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://postmarkapp.com/developer/api/overview#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'postmark-server-token',
  provider: 'postmark',
  tokenKind: 'server-token',
  names: ['postmark'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://postmarkapp.com/developer/api/overview#authentication', rotate: 'https://account.postmarkapp.com/servers' },
});
