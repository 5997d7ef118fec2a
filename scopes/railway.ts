import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Token kinds and reach: railwayapp/docs content/docs/integrations/api.md; destroy mutations:
// railwayapp/cli src/gql/schema.json; backup fate on volumeDelete is UNCONFIRMED (core.md §3.5).
export default defineProvider({
  id: 'railway',
  name: 'Railway',
  hosts: ['backboard.railway.com', 'backboard.railway.app'],
  offline: (f) => {
    if (f.tokenKind === 'account-or-workspace-token') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: ['every project and environment of the account or workspace'],
        destroy: [
          { action: 'volumeDelete', resource: 'every volume of every project, production included', destroysBackups: true },
          { action: 'environmentDelete', resource: 'every environment', destroysBackups: false },
          { action: 'projectDelete', resource: 'every project', destroysBackups: true },
          { action: 'serviceDelete', resource: 'every service', destroysBackups: false },
        ],
        because: [
          `${f.context.variable ?? 'its place'} holds an account or workspace token (Railway sends RAILWAY_API_TOKEN as a Bearer token, which reaches every project and environment)`,
          'that volumeDelete and projectDelete take the volume backups with them is UNCONFIRMED in Railway\'s API docs (it is what happened in the April 2026 incident)',
        ],
      });
    }
    if (f.tokenKind === 'project-token') {
      return shapeScope({
        tokenKind: f.tokenKind,
        environments: [],
        resources: ['one environment of one project'],
        because: ['RAILWAY_TOKEN holds a project token, scoped to one environment of one project; which destroy calls it may make is UNCONFIRMED'],
      });
    }
    return shapeScope({ tokenKind: f.tokenKind, because: ['a Railway token whose kind only Railway can tell (project, workspace or account)'] });
  },
  remediation: (f) =>
    f.tokenKind === 'project-token'
      ? 'Keep project tokens to the one environment the file belongs to; rotate this one under Project Settings → Tokens.'
      : 'Replace it with a Railway project token created under the one environment this workspace deploys (Project Settings → Tokens; sent as RAILWAY_TOKEN), and revoke this token at https://railway.com/account/tokens.',
});
