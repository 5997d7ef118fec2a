import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Square credentials are recognised by their prefixes; this tool does not ask Square yet.
export default offlineOnly({
  id: 'square',
  name: 'Square',
  because: 'a Square access token or application secret: a production token takes payments, issues refunds and reads customers',
  remediation: 'Use a sandbox token for development and an OAuth token with only the permissions the app needs, and revoke this one at https://developer.squareup.com/apps.',
});
