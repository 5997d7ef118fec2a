import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Azure DevOps PATs are recognised by their AZDO signature; this tool does not ask Azure DevOps yet.
export default offlineOnly({
  id: 'azure-devops',
  name: 'Azure DevOps',
  because: 'an Azure DevOps personal access token: it acts as its user within its scopes (code, pipelines, packages) in one organization, or in all of them for a global PAT',
  remediation:
    'Use Microsoft Entra tokens or a managed identity where possible, else an organization-scoped PAT with the fewest scopes and a short expiry, and revoke this one under User settings, Personal access tokens.',
});
