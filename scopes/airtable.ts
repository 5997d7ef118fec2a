import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Airtable tokens are recognised by their shape where the file names Airtable; this tool does not ask Airtable yet.
export default offlineOnly({
  id: 'airtable',
  name: 'Airtable',
  because: 'an Airtable personal access token: it has its scopes on the bases chosen at creation, up to every base of every workspace of its user',
  remediation: 'Create a token with read scopes on the one base the agent needs, and delete this one at https://airtable.com/create/tokens.',
});
