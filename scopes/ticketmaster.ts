import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Ticketmaster credentials are recognised by their documented shape; Ticketmaster is not asked yet.
export default offlineOnly({
  id: 'ticketmaster',
  name: 'Ticketmaster',
  because: 'a Ticketmaster consumer key recognised by its shape; Ticketmaster is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://developer-acct.ticketmaster.com/user/login), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Ticketmaster offers.',
});
