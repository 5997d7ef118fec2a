import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Render credentials are recognised by their documented format; this tool does not ask Render yet.
export default offlineOnly({
  id: 'render',
  name: 'Render',
  because: 'a Render API key: it acts as its user in every workspace the user belongs to, and can delete services, Postgres databases with their backups, and Key Value instances',
  remediation:
    'Render API keys cannot be narrowed: keep this one out of the workspace (the deploy hook URL of one service is enough for deploys) and revoke it under Account Settings > API Keys (https://dashboard.render.com/u/settings#api-keys).',
});
