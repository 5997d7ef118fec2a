import { defineNamedDetector } from './lib/named.js';

// Kit (ConvertKit) API secrets: 20–64 URL-safe base64 characters, found only where Kit (ConvertKit)'s name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.kit.com/v3#api-basics does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'convertkit-api-secret',
  provider: 'convertkit',
  tokenKind: 'api-secret',
  names: ['convertkit'],
  value: { alphabet: 'base64url', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.kit.com/v3#api-basics', rotate: 'https://app.kit.com/account_settings/developer_settings' },
});
