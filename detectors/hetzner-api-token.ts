import { defineNamedDetector } from './lib/named.js';

// Hetzner Cloud API tokens: 64 letters and digits, found only where Hetzner Cloud's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.hetzner.cloud/#authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'hetzner-api-token',
  provider: 'hetzner',
  tokenKind: 'api-token',
  names: ['hetzner', 'hcloud'],
  value: { alphabet: 'alnum', length: 64 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.hetzner.cloud/#authentication', rotate: 'https://console.hetzner.cloud/' },
});
