import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Personal access tokens carry no scopes: "a bearer token that acts as a Netlify user" (netlify.com/auth.md);
// no scoped PAT type was found (UNCONFIRMED). Site env reads expose downstream secrets (trufflehog
// analyzers/netlify/requests.go).
export default defineProvider({
  id: 'netlify',
  name: 'Netlify',
  hosts: ['api.netlify.com'],
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      root: true,
      environments: ['*'],
      resources: ['every team and site its user can reach, and their environment variables'],
      destroy: [{ action: 'site delete', resource: 'every site its user can reach', destroysBackups: false }],
      because: [
        'a Netlify personal access token acts as its user across all their teams and sites (that no scoped PAT exists is UNCONFIRMED)',
        'it can read every site\'s environment variables, and replace or roll back deploys',
        'whether a deleted site can be restored is UNCONFIRMED (not counted as backup loss)',
      ],
    }),
  remediation: () =>
    'Use a short-expiry token of a dedicated team member with the least access (or OAuth through Netlify\'s MCP server for agents), and revoke this one at https://app.netlify.com/user/applications#personal-access-tokens.',
});
