import { defineNamedDetector } from './lib/named.js';

// Autopilot API keys: 20–64 alphanumerics, found only where Autopilot's name names the value (detectors/lib/named.ts).
// 'autopilot' alone names GKE Autopilot and more: only spellings that name the marketing product's API count.
// UNCONFIRMED: https://autopilot.docs.apiary.io/#reference/authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'autopilot-api-key',
  provider: 'autopilot',
  names: ['autopilothq', 'autopilot_hq', 'autopilot_api'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://autopilot.docs.apiary.io/#reference/authentication', rotate: 'https://app.autopilothq.com/#settings/api' },
});
