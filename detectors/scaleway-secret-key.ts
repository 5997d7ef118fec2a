import { defineNamedDetector } from './lib/named.js';

// Scaleway secret keys: a UUID, found only where Scaleway's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.scaleway.com/en/docs/identity-and-access-management/iam/concepts/#api-key does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'scaleway-secret-key',
  provider: 'scaleway',
  tokenKind: 'secret-key',
  names: ['scaleway', 'scw_secret'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.scaleway.com/en/docs/identity-and-access-management/iam/concepts/#api-key', rotate: 'https://console.scaleway.com/iam/api-keys' },
});
