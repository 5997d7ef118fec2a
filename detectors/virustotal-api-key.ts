import { defineNamedDetector } from './lib/named.js';

// VirusTotal API keys: 64 lower-case hex, found only where VirusTotal's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.virustotal.com/reference/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'virustotal-api-key',
  provider: 'virustotal',
  names: ['virustotal', 'virus_total'],
  value: { alphabet: 'hex', length: 64 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.virustotal.com/reference/authentication', rotate: 'https://www.virustotal.com/gui/my-apikey' },
});
