import { offlineOnly } from './lib/offline-only.js';

// Offline-only: tyntec credentials are recognised by their documented shape; tyntec is not asked yet.
export default offlineOnly({
  id: 'tyntec',
  name: 'tyntec',
  because: 'a tyntec api key recognised by its shape; tyntec is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://my.tyntec.com/api-settings), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege tyntec offers.',
});
