import { defineNamedDetector } from './lib/named.js';

// Linode (Akamai) personal access tokens: 64 lower-case hex, found only where Linode (Akamai)'s name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'linode-personal-access-token',
  provider: 'linode',
  tokenKind: 'personal-access-token',
  names: ['linode'],
  value: { alphabet: 'hex', length: 64 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://techdocs.akamai.com/linode-api/reference/get-started#personal-access-tokens', rotate: 'https://cloud.linode.com/profile/tokens' },
});
