import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Roles read, write and fine-grained (https://huggingface.co/docs/hub/security-tokens), returned by
// GET /api/whoami-v2 (auth.accessToken.role); a write token reaches every repository its user can write.
// Whether a deleted repository can be recovered is UNCONFIRMED.
export default defineProvider({
  id: 'huggingface',
  name: 'Hugging Face',
  hosts: ['huggingface.co'],
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: ['the repositories its user can read or write, organizations included'],
      because: [
        f.tokenKind === 'org-api-token'
          ? 'a deprecated organization API token, whose reach only Hugging Face can tell'
          : 'a user access token whose role (read, write or fine-grained) is only known from Hugging Face',
        'a write token can delete or overwrite every repository its user can write (pushing poisoned weights is a supply-chain risk)',
      ],
    }),
  remediation: () =>
    'Replace it with a fine-grained token scoped to the named repositories with the minimal permissions (or a read token for downloads), and revoke this one at https://huggingface.co/settings/tokens.',
});
