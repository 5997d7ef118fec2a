import { defineProvider, shapeScope } from '../src/resolve/define.js';

// User tokens (fly auth token / fo1_) "can manage all of your organizations' apps"; deploy, org, readonly, ssh
// and machine-exec tokens are macaroons whose caveats say their reach (https://fly.io/docs/reference/deploy-tokens/,
// https://fly.io/docs/flyctl/tokens-create/). Destroy capabilities: fly:apps:delete, fly:machines:delete,
// fly:volumes:delete (fly.io/.well-known/oauth-authorization-server); snapshot retention UNCONFIRMED.
export default defineProvider({
  id: 'flyio',
  name: 'Fly.io',
  hosts: ['api.machines.dev'],
  offline: (f) => {
    if (f.tokenKind === 'user-token') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: ['every app of every organization of the user'],
        destroy: [
          { action: 'fly:apps:delete', resource: 'every app', destroysBackups: false },
          { action: 'fly:machines:delete', resource: 'every Machine', destroysBackups: false },
          { action: 'fly:volumes:delete', resource: 'every volume', destroysBackups: false },
        ],
        because: [
          'fo1_ is a user token, which can manage all of its user\'s organizations\' apps and read and write their secrets',
          'whether volume snapshots survive a volume deletion is UNCONFIRMED (not counted as backup loss)',
        ],
      });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      because: ['a macaroon token whose caveats say whether it is a deploy (one app), org, readonly, ssh or machine-exec token; `fly tokens debug` decodes them'],
    });
  },
  remediation: () =>
    'Use a deploy token for the one app with a short expiry (fly tokens create deploy -a <app> -x <duration>) or a readonly token, and revoke this one (fly tokens revoke; user tokens at https://fly.io/user/personal_access_tokens).',
});
