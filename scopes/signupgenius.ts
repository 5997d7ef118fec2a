import { offlineOnly } from './lib/offline-only.js';

// Offline-only: SignUpGenius credentials are recognised by their documented shape; SignUpGenius is not asked yet.
export default offlineOnly({
  id: 'signupgenius',
  name: 'SignUpGenius',
  because: 'a SignUpGenius api key recognised by its shape; SignUpGenius is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://www.signupgenius.com/index.cfm?go=c.APIKey), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege SignUpGenius offers.',
});
