import { defineNamedDetector } from './lib/named.js';

// AbuseIPDB API keys: 80 lower-case hex, found only where AbuseIPDB's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.abuseipdb.com/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'abuseipdb-api-key',
  provider: 'abuseipdb',
  names: ['abuseipdb'],
  value: { alphabet: 'hex', length: 80 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.abuseipdb.com/', rotate: 'https://www.abuseipdb.com/account/api' },
});
