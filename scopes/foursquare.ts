import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Foursquare credentials are recognised by their documented shape; Foursquare is not asked yet.
export default offlineOnly({
  id: 'foursquare',
  name: 'Foursquare',
  because: 'a Foursquare client secret recognised by its shape; Foursquare is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://foursquare.com/developers/apps), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege Foursquare offers.',
});
