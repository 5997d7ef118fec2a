import { defineNamedDetector } from './lib/named.js';

// CentralStationCRM API keys: 20–64 URL-safe base64 characters, found only where CentralStationCRM's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://api.centralstationcrm.net/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'centralstationcrm-api-key',
  provider: 'centralstationcrm',
  names: ['centralstationcrm', 'centralstation'],
  value: { alphabet: 'base64url', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://api.centralstationcrm.net/', rotate: 'https://www.centralstationcrm.de/' },
});
