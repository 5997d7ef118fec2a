import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: 1Password credentials are recognised by their documented format; this tool does not ask 1Password yet.
export default offlineOnly({
  id: 'onepassword',
  name: '1Password',
  because: 'a 1Password service account token: it reads (and with write access, changes) every item of the vaults it was granted, the credentials of everything else',
  remediation: "Limit the service account to the one vault the job reads (read-only), and revoke this token in the service account's settings at 1Password.com (Developer > Service Accounts).",
});
