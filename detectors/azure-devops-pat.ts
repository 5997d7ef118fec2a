import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Azure DevOps personal access tokens issued since 2024 are 84 alphanumerics with the fixed signature AZDO at
// positions 77–80 (Microsoft Purview's definition, https://learn.microsoft.com/purview/sit-defn-azure-devops-personal-access-token;
// the 52-to-84 change: Azure DevOps Sprint 241 release notes). The older 52-character form has no marker and is left to
// context-based detection. A PAT acts as its user within its scopes, in one organization or (global PATs) all of them.
const ALNUM = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789';
const pat = () => `${fake.from(ALNUM, 76)}AZDO${fake.from(ALNUM, 4)}`;

export default defineDetector({
  id: 'azure-devops-pat',
  provider: 'azure-devops',
  tokenKind: 'personal-access-token',
  keywords: ['azdo'],
  pattern: /(?<![A-Za-z0-9])([A-Za-z0-9]{76}AZDO[A-Za-z0-9]{4})(?![A-Za-z0-9])/g,
  check: (secret) => /[A-Z]/.test(secret.slice(0, 76)) && /[a-z]/.test(secret.slice(0, 76)) && /[0-9]/.test(secret.slice(0, 76)),
  redaction: { kind: 'none' },
  docs: {
    url: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate',
    rotate: 'https://learn.microsoft.com/azure/devops/organizations/accounts/use-personal-access-tokens-to-authenticate#revoke-a-pat',
  },
  examples: () => ({
    positive: [
      { text: (t) => `AZURE_DEVOPS_EXT_PAT=${t}`, secret: pat(), variable: 'AZURE_DEVOPS_EXT_PAT' },
      {
        text: (t) => `<packageSourceCredentials><acme><add key="Username" value="ci" /><add key="ClearTextPassword" value="${t}" /></acme></packageSourceCredentials>`,
        secret: pat(),
        path: 'nuget.config',
      },
      { text: (t) => `git clone https://ci:${t}@dev.azure.com/acme/app/_git/app`, secret: pat() },
    ],
    negative: [
      { text: `AZURE_DEVOPS_EXT_PAT=${fake.from(ALNUM, 70)}AZDO${fake.from(ALNUM, 4)}`, why: 'near miss: the signature sits at position 71, not 77' },
      { text: `AZURE_DEVOPS_EXT_PAT=${'a'.repeat(76)}AZDO${'a'.repeat(4)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
