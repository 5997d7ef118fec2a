import { offlineOnly } from './lib/offline-only.js';

// Offline-only: a JWT signing secret is checked by no one but the services that verify tokens with it.
export default offlineOnly({
  id: 'jwt-signing',
  name: 'JWT signing secret',
  because: 'the HMAC key a service signs and verifies its JSON Web Tokens with: whoever holds it mints tokens for any user and role the service accepts',
  remediation:
    'Move the signing key to a secret store the agent cannot read (or switch to an asymmetric key held by the issuer), generate a new random key of at least 256 bits, and expect every token signed with the old one to stop verifying.',
});
