import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: HCP Terraform tokens are recognised by their .atlasv1. marker; this tool does not ask HCP Terraform yet.
export default offlineOnly({
  id: 'terraform-cloud',
  name: 'HCP Terraform',
  because: 'an HCP Terraform API token: a user or organization token reaches every workspace its owner can, including destroy runs',
  remediation: 'Use a team token for the one workspace set, or dynamic credentials from CI, and revoke this one at https://app.terraform.io/app/settings/tokens.',
});
