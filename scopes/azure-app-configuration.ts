import { offlineOnly } from './lib/offline-only.js';

// Offline-only: an App Configuration access key is checked by signing a request to the store itself, which this tool does not do yet.
export default offlineOnly({
  id: 'azure-app-configuration',
  name: 'Azure App Configuration',
  because: "an App Configuration store's access key: a read-write key can change or delete every key-value and feature flag the store serves",
  remediation: "Use Microsoft Entra ID (managed identity with the App Configuration Data Reader role) instead of access keys, then regenerate the key under the store's Access settings.",
});
