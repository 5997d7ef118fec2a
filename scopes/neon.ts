import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Keys are personal (every project of the user's organizations), organization ("admin-level", every project)
// or project-scoped (https://neon.com/docs/manage/api-keys); the key does not say which (UNCONFIRMED).
// A deleted project is recoverable for 7 days; a branch deleted with hard_delete=true is not.
export default defineProvider({
  id: 'neon',
  name: 'Neon',
  hosts: ['console.neon.tech'],
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: ['every project of its organization or user, or one project'],
      because: [
        'a Neon key is personal, organization-wide or project-scoped, which the key does not say (UNCONFIRMED); GET /projects tells',
        'project deletion is recoverable for 7 days; a branch deleted with hard_delete=true (preview) has no recovery window',
      ],
    }),
  remediation: () =>
    'Replace it with a project-scoped API key for the one project the task needs, and revoke this one at https://console.neon.tech/app/settings/api-keys (revocation is immediate).',
});
