import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Mailchimp credentials are recognised by their documented shape; Mailchimp is not asked yet.
export default offlineOnly({
  id: 'mailchimp',
  name: 'Mailchimp',
  because: 'a Mailchimp API key recognised by its shape; Mailchimp is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://us1.admin.mailchimp.com/account/api/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Mailchimp offers.',
});
