import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Kong Konnect credentials are recognised by their documented format; this tool does not ask Kong Konnect yet.
export default offlineOnly({
  id: 'kong-konnect',
  name: 'Kong Konnect',
  because: "a Kong Konnect token: it acts with its owner's roles on every control plane it reaches (gateways, routes, plugins)",
  remediation: 'Use a system account token with roles on the one control plane (spat_), with an expiry, and revoke this one under Personal access tokens or System accounts in Konnect.',
});
