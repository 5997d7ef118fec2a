import { defineNamedDetector } from './lib/named.js';

// JupiterOne API keys: 40–120 base64 characters, found only where JupiterOne's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.jupiterone.io/api/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'jupiterone-api-key',
  provider: 'jupiterone',
  names: ['jupiterone', 'jupiter_one'],
  value: { alphabet: 'base64', length: [40, 120] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.jupiterone.io/api/authentication', rotate: 'https://apps.us.jupiterone.io/settings/api-keys' },
});
