import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Splunk credentials are recognised by the name they are given (detectors/lib/named.ts); Splunk is not asked yet.
export default offlineOnly({
  id: 'splunk',
  name: 'Splunk',
  because: 'a Splunk HEC token recognised by the name it is given; Splunk is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (Splunk Web: Settings > Data inputs > HTTP Event Collector), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Splunk offers.',
});
