import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Atlassian tokens are recognised by their prefix; this tool does not ask Atlassian yet.
export default offlineOnly({
  id: 'atlassian',
  name: 'Atlassian',
  because: "an Atlassian API token: with its user's email it acts as that user in Jira, Confluence and Bitbucket Cloud, deletes included",
  remediation: 'Create a scoped API token with read scopes for the one product the agent needs and a short expiry, and revoke this one at https://id.atlassian.com/manage-profile/security/api-tokens.',
});
