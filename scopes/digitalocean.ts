import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Legacy tokens are read-only or full access to every team resource; custom tokens hold resource:action scopes
// (https://docs.digitalocean.com/reference/api/create-personal-access-token/); no introspection endpoint was
// found (UNCONFIRMED). destroy_with_associated_resources/dangerous takes snapshots and volumes; deleting a
// database cluster takes its automated backups.
export default defineProvider({
  id: 'digitalocean',
  name: 'DigitalOcean',
  hosts: ['api.digitalocean.com'],
  offline: (f) => {
    if (f.tokenKind === 'refresh-token') {
      return shapeScope({ tokenKind: f.tokenKind, because: ['an OAuth refresh token mints access tokens; redeeming it to test it would consume it'] });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: ["the team's resources, within the token's scopes"],
      because: [
        `a DigitalOcean ${f.tokenKind}: full access, read-only or custom scopes, which the token does not say`,
        'with droplet or database delete scopes (or full access) it can destroy Droplets with their snapshots and volumes, and database clusters with their automated backups',
      ],
    });
  },
  remediation: () =>
    'Replace it with a custom-scoped token holding only the resource:action scopes needed (e.g. droplet:read) with an expiry, and delete this one at https://cloud.digitalocean.com/account/api/tokens.',
});
