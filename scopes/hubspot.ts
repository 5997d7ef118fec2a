import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: HubSpot credentials are recognised by their documented format; this tool does not ask HubSpot yet.
export default offlineOnly({
  id: 'hubspot',
  name: 'HubSpot',
  because: "a HubSpot private app token: it has its app's scopes, typically reading and deleting CRM records and contacts (personal data)",
  remediation: "Narrow the private app's scopes to what the agent reads, rotate its access token in the app's Auth tab, and keep it out of files the agent reads.",
});
