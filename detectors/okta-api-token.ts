import { defineNamedDetector } from './lib/named.js';

// Okta API tokens: 42 URL-safe base64 characters; Okta shows API tokens as `00…` in `Authorization: SSWS 00QCjAl4MlV-WPXM...0HmjFx-vbGua` (https://developer.okta.com/docs/guides/create-an-api-token/); the length is not stated. Named by Okta's name in any syntax (detectors/lib/named.ts).
// https://developer.okta.com/docs/guides/create-an-api-token/main/
export default defineNamedDetector({
  id: 'okta-api-token',
  provider: 'okta',
  tokenKind: 'api-token',
  names: ['okta'],
  value: { alphabet: 'base64url', length: 42, prefix: '00' },
  unconfirmed: 'the length of an API token is not stated',
  docs: { url: 'https://developer.okta.com/docs/guides/create-an-api-token/main/', rotate: 'https://help.okta.com/en-us/content/topics/security/api.htm' },
});
