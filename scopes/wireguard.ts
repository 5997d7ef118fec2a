import { offlineOnly } from './lib/offline-only.js';

// Offline-only: a WireGuard key is a local key with no provider to ask.
export default offlineOnly({
  id: 'wireguard',
  name: 'WireGuard',
  because: 'a WireGuard key: with the private key whoever holds it joins the tunnel as that peer and reaches every network the other peers route to it',
  remediation: "Generate a new key pair with wg genkey on the peer, replace its public key in every other peer's config, keep the config readable by root only and out of the workspace.",
});
