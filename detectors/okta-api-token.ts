import { defineNamedDetector } from './lib/named.js';
import { hostBeside, tenantHostPattern } from './lib/tenant-host.js';

// Okta API tokens: 42 URL-safe base64 characters; Okta shows API tokens as `00…` in `Authorization: SSWS 00QCjAl4MlV-WPXM...0HmjFx-vbGua` (https://developer.okta.com/docs/guides/create-an-api-token/); the length is not stated. Named by Okta's name in any syntax (detectors/lib/named.ts).
// https://developer.okta.com/docs/guides/create-an-api-token/main/
// The token travels in Okta's own HTTP authentication scheme, `Authorization: SSWS <token>`
// (https://developer.okta.com/docs/api/openapi/okta-management/guides/overview, "API key"): no other provider uses SSWS,
// so the scheme names Okta as well as a variable does.
// Each Okta org has its own host, {org}.okta.com, {org}.oktapreview.com or {org}.okta-emea.com
// (https://developer.okta.com/docs/guides/find-your-domain/main/); the one written beside the token (OKTA_ORG_URL,
// OKTA_DOMAIN, an issuer URL) is where the resolver may ask. The Admin Console's {org}-admin host is the same org.
const ORG = tenantHostPattern(['okta.com', 'oktapreview.com', 'okta-emea.com']);

export default defineNamedDetector({
  id: 'okta-api-token',
  provider: 'okta',
  tokenKind: 'api-token',
  names: ['okta', 'ssws'],
  value: { alphabet: 'base64url', length: 42, prefix: '00' },
  unconfirmed: 'the length of an API token is not stated',
  beside: (input) => {
    const org = hostBeside(input.text, ORG, (h) => h.replace(/^([^.]+)-admin\./, '$1.'));
    return org ? { org } : undefined;
  },
  docs: { url: 'https://developer.okta.com/docs/guides/create-an-api-token/main/', rotate: 'https://help.okta.com/en-us/content/topics/security/api.htm' },
});
