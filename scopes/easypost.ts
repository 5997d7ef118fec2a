import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: EasyPost credentials are recognised by their documented format; this tool does not ask EasyPost yet.
export default offlineOnly({
  id: 'easypost',
  name: 'EasyPost',
  because: 'an EasyPost API key: a production key buys labels charged to the account and reads shipment addresses',
  remediation: 'Use the test key outside production, and disable this key at https://www.easypost.com/account/api-keys after creating a new one.',
});
