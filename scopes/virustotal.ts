import { offlineOnly } from './lib/offline-only.js';

// Offline-only: VirusTotal credentials are recognised by the name they are given (detectors/lib/named.ts); VirusTotal is not asked yet.
export default offlineOnly({
  id: 'virustotal',
  name: 'VirusTotal',
  because: 'a VirusTotal API key recognised by the name it is given; VirusTotal is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.virustotal.com/gui/my-apikey), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege VirusTotal offers.',
});
