import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: RubyGems keys are recognised by their prefix; this tool does not ask RubyGems.org yet.
export default offlineOnly({
  id: 'rubygems',
  name: 'RubyGems',
  because: 'a RubyGems.org API key: with push and yank scopes it publishes and yanks every gem its owner maintains',
  remediation: 'Publish from CI with trusted publishing, or use a key scoped to push one gem with MFA required, and delete this one at https://rubygems.org/profile/api_keys.',
});
