import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Ubidots credentials are recognised by their documented shape; Ubidots is not asked yet.
export default offlineOnly({
  id: 'ubidots',
  name: 'Ubidots',
  because: 'an Ubidots API token recognised by its BBFF- prefix; Ubidots is not asked, so which devices it reaches is unknown',
  remediation:
    'Delete it under API Credentials and create a new one (https://help.ubidots.com/en/articles/570026-api-authentication), keep it in a secret store the agent cannot read, and prefer short-lived tokens generated from the API key, or an organisation token limited to one organisation.',
});
