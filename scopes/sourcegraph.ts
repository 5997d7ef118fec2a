import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Sourcegraph tokens are recognised by their prefix; the instance is the user's own, so this tool does not ask it.
export default offlineOnly({
  id: 'sourcegraph',
  name: 'Sourcegraph',
  because: 'a Sourcegraph access token: with user:all it reads every repository its user can, with site-admin:sudo it acts as any user',
  remediation: 'Create a token without site-admin:sudo, with an expiry, kept out of files the agent reads, and delete this one under Settings, Access tokens.',
});
