import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ActiveCampaign credentials are recognised by the name they are given (detectors/lib/named.ts); ActiveCampaign is not asked yet.
export default offlineOnly({
  id: 'activecampaign',
  name: 'ActiveCampaign',
  because: 'an ActiveCampaign API key recognised by the name it is given; ActiveCampaign is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://help.activecampaign.com/hc/en-us/articles/207317590), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ActiveCampaign offers.',
});
