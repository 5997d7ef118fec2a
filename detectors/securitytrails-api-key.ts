import { defineNamedDetector } from './lib/named.js';

// SecurityTrails API keys: 32 letters and digits, found only where SecurityTrails's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.securitytrails.com/docs/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'securitytrails-api-key',
  provider: 'securitytrails',
  names: ['securitytrails', 'security_trails'],
  value: { alphabet: 'alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.securitytrails.com/docs/authentication', rotate: 'https://securitytrails.com/app/account/credentials' },
});
