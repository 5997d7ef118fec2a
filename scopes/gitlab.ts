import { defineProvider, shapeScope } from '../src/resolve/define.js';

// glpat- is shared by personal, project and group access tokens; scopes and owner come from
// GET /personal_access_tokens/self (https://docs.gitlab.com/api/personal_access_tokens/). Project deletion is
// delayed by default; permanently_remove=true skips the delay (gitlab MR 116957).
export default defineProvider({
  id: 'gitlab',
  name: 'GitLab',
  hosts: ['gitlab.com'],
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: ['every project and group its user can access (personal token), or one project or group'],
      because: [
        'a glpat- token is a personal, project or group access token; its scopes (api, sudo, admin_mode…) and its user\'s role are only known from GitLab',
        'with api scope and the owner role it can delete projects, immediately with permanently_remove=true (otherwise restorable during the deletion delay)',
      ],
    }),
  remediation: () =>
    'Replace it with a project or group access token limited to read_api/read_repository (separate read and write tokens) with a short expiry, and revoke this one at https://gitlab.com/-/user_settings/personal_access_tokens (or the project\'s Settings → Access tokens; self-managed: your instance).',
});
