import { defineNamedDetector } from './lib/named.js';

// ActiveCampaign API keys: 72 lower-case hex, found only where ActiveCampaign's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.activecampaign.com/reference/authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'activecampaign-api-key',
  provider: 'activecampaign',
  names: ['activecampaign', 'active_campaign'],
  value: { alphabet: 'hex', length: 72 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.activecampaign.com/reference/authentication', rotate: 'https://help.activecampaign.com/hc/en-us/articles/207317590' },
});
