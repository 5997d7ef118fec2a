import { defineProvider, shapeScope } from '../src/resolve/define.js';

// The API key and `global` authorizations have "Full access to account and to control all apps and
// resources"; read/write/identity authorizations are narrower (https://devcenter.heroku.com/articles/oauth).
// apps:destroy, addons:destroy (Postgres data included) and pg:backups:delete are the destroy commands.
export default defineProvider({
  id: 'heroku',
  name: 'Heroku',
  hosts: ['api.heroku.com'],
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: ['every app of the account (API key or global authorization), or less'],
      because: [
        'the account\'s API key and global authorizations reach every app and add-on; a read, write or identity authorization is narrower; the format does not say which',
        'a global token can destroy apps and add-ons (Heroku Postgres data included) and delete Postgres backups (pg:backups:delete); whether backups survive apps:destroy is UNCONFIRMED',
      ],
    }),
  remediation: () =>
    'Replace it with an OAuth authorization limited to the scope needed, with an expiry (heroku authorizations:create -s read -e <seconds>; team authorizations for automation), and revoke this one (heroku authorizations:revoke, or regenerate the API key at https://dashboard.heroku.com/account).',
});
