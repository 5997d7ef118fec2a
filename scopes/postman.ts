import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Postman credentials are recognised by their documented format; this tool does not ask Postman yet.
export default offlineOnly({
  id: 'postman',
  name: 'Postman',
  because: 'a Postman API key: it acts as its user on every workspace, collection and environment (with their secret variables) the user can reach',
  remediation: 'Keep the key out of files the agent reads, give it an expiry, and revoke it at https://go.postman.co/settings/me/api-keys.',
});
