import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Global API Key: "full access", tied to the user (https://developers.cloudflare.com/fundamentals/api/get-started/token-formats/);
// API tokens are limited by policies, IP filter and TTL; reading a token's own policy needs API Tokens Read
// (https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/get/).
export default defineProvider({
  id: 'cloudflare',
  name: 'Cloudflare',
  hosts: ['api.cloudflare.com'],
  offline: (f) => {
    if (f.tokenKind === 'global-api-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: ['every account and zone the user can reach'],
        destroy: [
          { action: 'zone delete', resource: 'every zone of every account the user can reach, with its DNS', destroysBackups: false },
          { action: 'DNS record edit', resource: 'every DNS record (traffic hijack)', destroysBackups: false },
          { action: 'Workers, R2 bucket, D1 database and Pages project delete', resource: 'every Worker, bucket, database and Pages project', destroysBackups: false },
        ],
        because: [
          'a Global API Key has "full access" to every account and zone its user can reach',
          'the exact destroy endpoints and permission names are UNCONFIRMED; whether D1 Time Travel or R2 versioning survive a deletion is UNCONFIRMED (not counted as backup loss)',
        ],
      });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: [f.tokenKind === 'account-api-token' ? 'one account, within the token\'s policies' : 'the accounts and zones in the token\'s policies'],
      because: [
        `a Cloudflare ${f.tokenKind}, limited by its policies (permission groups and resources), IP filter and TTL; its policies are only known from Cloudflare`,
      ],
    });
  },
  remediation: (f) =>
    f.tokenKind === 'global-api-key'
      ? 'Replace the Global API Key with a scoped API token (only the permission groups and zones needed, a request_ip condition and an expiry; an account-owned token for automation), and roll the Global API Key at https://dash.cloudflare.com/profile/api-tokens.'
      : 'Create a new token with only the permission groups and resources needed, an IP filter and an expiry (rolling keeps the old scope), and delete this one at https://dash.cloudflare.com/profile/api-tokens (account tokens: Manage Account → Account API Tokens).',
});
