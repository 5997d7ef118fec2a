import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Figma tokens are recognised by their prefix; this tool does not ask Figma yet.
export default offlineOnly({
  id: 'figma',
  name: 'Figma',
  because: 'a Figma personal access token: it acts as its user on every file the user can open, within the scopes chosen at creation',
  remediation: 'Give the agent a token with read-only file scopes and an expiry, and revoke this one under Settings, Security, Personal access tokens.',
});
