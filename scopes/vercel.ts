import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Tokens are scoped to the full account, one team or one project (https://vercel.com/docs/accounts/access-tokens;
// https://vercel.com/changelog/project-scoped-tokens); only GET /v5/user/tokens/current tells which. Project
// deletion is "irreversible"; env-var reads return decrypted values.
export default defineProvider({
  id: 'vercel',
  name: 'Vercel',
  hosts: ['api.vercel.com'],
  offline: (f) => {
    if (f.tokenKind === 'app-refresh-token') {
      return shapeScope({ tokenKind: f.tokenKind, because: ['an app refresh token mints app access tokens; it is never redeemed to test it'] });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: ['the full account, one team or one project, as the token was scoped'],
      because: [
        `a Vercel ${f.tokenKind}: whether it is scoped to the full account, a team or one project is only known from Vercel`,
        'a full-account token can delete every project with its deployments and domains ("irreversible") and read decrypted environment variables',
      ],
    });
  },
  remediation: () =>
    'Replace it with a project-scoped token with an expiry (https://vercel.com/account/settings/tokens), and delete this one there.',
});
