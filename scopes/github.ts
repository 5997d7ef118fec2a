import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Token kinds: GitHub changelog 2021-03-31; reach of classic tokens ("every repository that you can
// access"): github/docs managing-your-personal-access-tokens.md. Scopes are only known online.
export default defineProvider({
  id: 'github',
  name: 'GitHub',
  hosts: ['api.github.com'],
  offline: (f) => {
    switch (f.tokenKind) {
      case 'classic-pat':
      case 'oauth-token':
        return shapeScope({
          tokenKind: f.tokenKind,
          resources: ['every repository the user can access'],
          because: ['a classic token reaches every repository its user can access; its scopes (delete_repo, admin:org…) are only known from GitHub'],
        });
      case 'installation-token':
        return shapeScope({ tokenKind: f.tokenKind, because: ['an installation token, limited to its app\'s installation and short-lived (1 h; Actions ≤ 24 h)'] });
      default:
        return shapeScope({ tokenKind: f.tokenKind, because: [`a GitHub ${f.tokenKind} whose permissions only GitHub can tell`] });
    }
  },
  remediation: (f) =>
    f.tokenKind === 'installation-token'
      ? 'Do not persist installation tokens in files; mint them per job from the GitHub App (actions/create-github-app-token) with only the repositories and permissions needed.'
      : 'Replace it with a fine-grained personal access token limited to the named repositories and the permissions the task needs, with an expiry (or a GitHub App installation token), and revoke this one at https://github.com/settings/tokens.',
});
