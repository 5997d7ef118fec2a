import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Splunk Observability Cloud credentials are recognised by their documented shape; Splunk Observability Cloud is not asked yet.
export default offlineOnly({
  id: 'splunk-observability',
  name: 'Splunk Observability Cloud',
  because: 'a Splunk Observability Cloud access token recognised by its shape; Splunk Observability Cloud is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.signalfx.com/#/organization/current?selectedKeyValue=sf_section:accesstokens), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Splunk Observability Cloud offers.',
});
