import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Modal token secrets are recognised by their shape under a Modal name; Modal is not asked yet.
export default offlineOnly({
  id: 'modal',
  name: 'Modal',
  because: 'a Modal token secret recognised by its as- prefix under a Modal name; Modal is not asked, but a token acts on its whole workspace',
  remediation:
    'Revoke it under Settings → API Tokens (https://modal.com/settings/tokens), create a new one with an expiry (`modal token new --expires-in`), keep it in a secret store the agent cannot read, and give automation a service user token of one environment.',
});
