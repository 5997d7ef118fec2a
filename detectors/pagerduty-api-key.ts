import { defineNamedDetector } from './lib/named.js';

// PagerDuty API keys: 20 URL-safe base64 characters, found only where PagerDuty's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://support.pagerduty.com/main/docs/api-access-keys does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'pagerduty-api-key',
  provider: 'pagerduty',
  names: ['pagerduty', 'pager_duty'],
  value: { alphabet: 'base64url', length: 20 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://support.pagerduty.com/main/docs/api-access-keys', rotate: 'https://support.pagerduty.com/main/docs/api-access-keys#generate-a-general-access-rest-api-key' },
});
