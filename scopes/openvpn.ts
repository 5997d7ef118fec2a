import { offlineOnly } from './lib/offline-only.js';

// Offline-only: an OpenVPN static key is a local key with no provider to ask.
export default offlineOnly({
  id: 'openvpn',
  name: 'OpenVPN',
  because: "an OpenVPN static key: with --tls-auth or --tls-crypt it lets a client past the server's first gate; with --secret it decrypts the tunnel's traffic",
  remediation: 'Generate a new key with openvpn --genkey secret, distribute it to the server and clients out of band, and keep it out of the workspace.',
});
