import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Cloudinary credentials are recognised by the name they are given (detectors/lib/named.ts); Cloudinary is not asked yet.
export default offlineOnly({
  id: 'cloudinary',
  name: 'Cloudinary',
  because: 'a Cloudinary API secret recognised by the name it is given; Cloudinary is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://console.cloudinary.com/settings/api-keys), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Cloudinary offers.',
});
