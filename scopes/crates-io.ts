import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: crates.io credentials are recognised by their documented format; this tool does not ask crates.io yet.
export default offlineOnly({
  id: 'crates-io',
  name: 'crates.io',
  because: 'a crates.io API token: unless its endpoint scopes restrict it, it publishes, yanks and changes owners of every crate its user owns',
  remediation: 'Use a token with the publish-update scope for the one crate (or trusted publishing from CI), and revoke this one at https://crates.io/settings/tokens.',
});
