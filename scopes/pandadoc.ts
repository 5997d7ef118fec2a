import { offlineOnly } from './lib/offline-only.js';

// Offline-only: PandaDoc credentials are recognised by the name they are given (detectors/lib/named.ts); PandaDoc is not asked yet.
export default offlineOnly({
  id: 'pandadoc',
  name: 'PandaDoc',
  because: 'a PandaDoc API key recognised by the name it is given; PandaDoc is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.pandadoc.com/a/#/settings/api-dashboard/configuration), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege PandaDoc offers.',
});
