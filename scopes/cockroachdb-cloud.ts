import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: CockroachDB Cloud credentials are recognised by their documented format; this tool does not ask CockroachDB Cloud yet.
export default offlineOnly({
  id: 'cockroachdb-cloud',
  name: 'CockroachDB Cloud',
  because: 'a CockroachDB Cloud API key: it acts as its service account, and with the Cluster Admin role deletes clusters and their managed backups',
  remediation: 'Give the service account only the roles on the one cluster it needs (no Cluster Admin at the organization), and delete this key under Access Management > Service Accounts.',
});
