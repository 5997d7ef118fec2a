import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Owlbot credentials are recognised by their documented shape; Owlbot is not asked yet.
export default offlineOnly({
  id: 'owlbot',
  name: 'Owlbot',
  because: 'a Owlbot api token recognised by its shape; Owlbot is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://owlbot.info/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Owlbot offers.',
});
