import { defineNamedDetector } from './lib/named.js';

// Sumo Logic access keys: 64 letters and digits, found only where Sumo Logic's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://help.sumologic.com/docs/manage/security/access-keys/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'sumologic-access-key',
  provider: 'sumologic',
  tokenKind: 'access-key',
  names: ['sumologic', 'sumo_logic'],
  value: { alphabet: 'alnum', length: 64 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://help.sumologic.com/docs/manage/security/access-keys/', rotate: 'https://service.sumologic.com/ui/#/security/access-keys' },
});
