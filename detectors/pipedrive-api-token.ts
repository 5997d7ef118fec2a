import { defineNamedDetector } from './lib/named.js';

// Pipedrive API tokens: 40 lower-case hex, found only where Pipedrive's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://pipedrive.readme.io/docs/how-to-find-the-api-token does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'pipedrive-api-token',
  provider: 'pipedrive',
  tokenKind: 'api-token',
  names: ['pipedrive'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://pipedrive.readme.io/docs/how-to-find-the-api-token', rotate: 'https://app.pipedrive.com/settings/api' },
});
