import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Form.io credentials are recognised by the name they are given (detectors/lib/named.ts); Form.io is not asked yet.
export default offlineOnly({
  id: 'formio',
  name: 'Form.io',
  because: 'a Form.io session token (JWT) recognised by the name it is given; Form.io is not asked, so what it reaches is unknown',
  remediation: 'Revoke it and issue a new one (https://portal.form.io/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Form.io offers.',
});
