import { defineNamedDetector } from './lib/named.js';

// Splunk Observability Cloud access tokens: 22 base64url characters, found only where Splunk Observability Cloud's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://docs.splunk.com/observability/en/admin/authentication/authentication-tokens/org-tokens.html.
export default defineNamedDetector({
  id: 'splunk-observability-token',
  provider: 'splunk-observability',
  tokenKind: 'access-token',
  names: ['splunk', 'signalfx'],
  value: { alphabet: 'base64url', length: 22 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: {
    url: 'https://docs.splunk.com/observability/en/admin/authentication/authentication-tokens/org-tokens.html',
    rotate: 'https://app.signalfx.com/#/organization/current?selectedKeyValue=sf_section:accesstokens',
  },
});
