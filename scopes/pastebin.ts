import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Pastebin credentials are recognised by their documented shape; Pastebin is not asked yet.
export default offlineOnly({
  id: 'pastebin',
  name: 'Pastebin',
  because: 'a Pastebin api key recognised by its shape; Pastebin is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://pastebin.com/doc_api), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Pastebin offers.',
});
