import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Deno Deploy credentials are recognised by their documented format; this tool does not ask Deno Deploy yet.
export default offlineOnly({
  id: 'deno-deploy',
  name: 'Deno Deploy',
  because: 'a Deno Deploy access token: a personal token acts as its user on every project, deploying to production and deleting projects and KV databases included',
  remediation: 'Use an organization token for the one organization (or GitHub Actions OIDC with deployctl), and delete this one at https://dash.deno.com/account#access-tokens.',
});
