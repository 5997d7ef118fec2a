import { defineNamedDetector } from './lib/named.js';

// Azure DevOps personal access tokens issued before the 84-character AZDO-signed format (azure-devops-pat) are 52
// lower-case base32 characters, found only where Azure DevOps's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate
// does not state the old length or alphabet; the shape is the one tokens were issued in.
export default defineNamedDetector({
  id: 'azure-devops-legacy-pat',
  provider: 'azure-devops',
  tokenKind: 'personal-access-token',
  names: ['azure_devops', 'azdo', 'ado_pat', 'ado_token', 'vsts'],
  value: { alphabet: 'lower-alnum', length: 52 },
  unconfirmed: 'the docs do not state the length or alphabet of the older tokens',
  docs: {
    url: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    rotate: 'https://learn.microsoft.com/en-us/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate#revoke-a-pat',
  },
});
