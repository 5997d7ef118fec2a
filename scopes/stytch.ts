import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Stytch credentials are recognised by their documented format; this tool does not ask Stytch yet.
export default offlineOnly({
  id: 'stytch',
  name: 'Stytch',
  because: 'a Stytch project secret: with the project id it manages every user and session of the project, creating, impersonating and deleting users',
  remediation: "Rotate the project secret in the Stytch dashboard (API keys: create a new secret, deploy it, delete this one) and keep it in the server's secret store.",
});
