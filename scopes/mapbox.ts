import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Mapbox secret tokens are recognised by their prefix; this tool does not ask Mapbox yet.
export default offlineOnly({
  id: 'mapbox',
  name: 'Mapbox',
  because: 'a Mapbox secret token: it carries the scopes chosen at creation, which can include writing and deleting styles, tilesets and datasets',
  remediation: 'Give the agent a public token or a secret token with read scopes only, and delete this one at https://account.mapbox.com/access-tokens/.',
});
