import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: PlanetScale credentials are recognised by their prefixes; this tool does not ask PlanetScale yet.
export default offlineOnly({
  id: 'planetscale',
  name: 'PlanetScale',
  because:
    'a PlanetScale credential: a service token holds the organization and database permissions it was granted (deleting databases and branches included), a pscale_pw_ password connects to one branch',
  remediation:
    'Give the agent a service token with read permissions on the one database, or a read-only branch password, and delete this one at https://app.planetscale.com/~/settings/service-tokens.',
});
