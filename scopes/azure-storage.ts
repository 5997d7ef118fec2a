import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: storage account keys are recognised in connection strings; this tool does not ask Azure yet.
export default offlineOnly({
  id: 'azure-storage',
  name: 'Azure Storage',
  because: 'an Azure Storage account key: full control of the account, every blob, file share, queue and table, deletes included',
  remediation: "Give the agent a SAS token or an Entra ID role scoped to the one container, disable shared-key access if nothing needs it, and rotate this key in the account's Access keys.",
});
