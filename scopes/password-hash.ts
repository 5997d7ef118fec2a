import { offlineOnly } from './lib/offline-only.js';

// Offline-only: a password hash has no issuer to ask; what it opens is whatever accepts the password it was made from.
export default offlineOnly({
  id: 'password-hash',
  name: 'Password hash',
  because: 'a password hash (crypt, bcrypt, Cisco, Kerberos roasting output): an agent can crack it offline, or copy it where the hash itself authenticates; the password it stands for is unknown',
  remediation:
    'Remove the hash from files the agent can read (shadow and htpasswd copies, device configs, roasting output), change the password it was made from wherever that password is used, and prefer long random passwords, which offline cracking cannot reach.',
});
