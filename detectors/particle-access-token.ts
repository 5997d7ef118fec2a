import { defineUrlTokenDetector } from './lib/url-token.js';

// Particle's Cloud API takes an access token as `?access_token=` on api.particle.io
// (https://docs.particle.io/reference/cloud-apis/api/#authentication); tokens are 40 hex characters (observed,
// UNCONFIRMED). A user token calls functions on, flashes and claims the user's devices.
export default defineUrlTokenDetector({
  id: 'particle-access-token',
  provider: 'particle',
  tokenKind: 'access-token',
  host: 'api\\.particle\\.io',
  exampleHost: 'api.particle.io',
  keywords: ['api.particle.io'],
  at: { param: 'access_token' },
  value: { cls: 'a-f0-9', length: [40, 40], chars: '0123456789abcdef' },
  unconfirmed: 'the token length is not stated',
  docs: { url: 'https://docs.particle.io/reference/cloud-apis/api/#authentication', rotate: 'https://docs.particle.io/reference/cloud-apis/api/#delete-an-access-token' },
});
