import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Cloudflare Origin CA credentials are recognised by their documented prefix; Cloudflare Origin CA is not asked yet.
export default offlineOnly({
  id: 'cloudflare-origin-ca',
  name: 'Cloudflare Origin CA',
  because: 'a Cloudflare Origin CA key recognised by its v1.0- prefix; it issues and revokes origin certificates in every account its user reaches; Cloudflare is not asked',
  remediation:
    'Revoke it and issue a new one (https://dash.cloudflare.com/profile/api-tokens), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Cloudflare Origin CA offers.',
});
