import { offlineOnly } from './lib/offline-only.js';

// Offline-only: pdflayer credentials are recognised by the name they are given (detectors/lib/named.ts); pdflayer is not asked yet.
export default offlineOnly({
  id: 'pdflayer',
  name: 'pdflayer',
  because: 'a pdflayer access key recognised by the name it is given; pdflayer is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://pdflayer.com/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege pdflayer offers.',
});
