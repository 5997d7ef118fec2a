import { offlineOnly } from './lib/offline-only.js';

// Offline-only: MaxMind credentials are recognised by their documented shape; MaxMind is not asked yet.
export default offlineOnly({
  id: 'maxmind',
  name: 'MaxMind',
  because: 'a MaxMind license key recognised by its _mmk suffix; MaxMind is not asked, so which databases and web services it reaches is unknown',
  remediation:
    'Deactivate it and generate a new one (https://support.maxmind.com/knowledge-base/articles/replace-your-maxmind-license-key), keep the new one in a secret store the agent cannot read (geoipupdate reads it from GEOIPUPDATE_LICENSE_KEY_FILE), and use a key of its own for each integration.',
});
