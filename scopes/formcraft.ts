import { offlineOnly } from './lib/offline-only.js';

// Offline-only: FormCraft credentials are recognised by the name they are given (detectors/lib/named.ts); FormCraft is not asked yet.
export default offlineOnly({
  id: 'formcraft',
  name: 'FormCraft',
  because: 'a FormCraft API key recognised by the name it is given; FormCraft is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://formcraft-wp.com/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege FormCraft offers.',
});
