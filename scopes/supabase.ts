import { defineProvider, shapeScope } from '../src/resolve/define.js';
import type { Finding } from '../src/types.js';

// Classic PATs carry "every permission, on every organization and every project you belong to"
// (https://supabase.com/docs/guides/platform/personal-access-tokens); service_role and sb_secret_ keys bypass
// Row Level Security in one project (https://supabase.com/docs/guides/api/api-keys). Project deletion takes
// the platform backups (Supabase moderators citing the docs: discussions 47990, 52275).
const project = (f: Finding) => (f.facts.ref ? `project ${f.facts.ref} (https://${f.facts.ref}.supabase.co)` : 'one Supabase project');

export default defineProvider({
  id: 'supabase',
  name: 'Supabase',
  hosts: ['api.supabase.com'],
  offline: (f) => {
    if (f.tokenKind === 'pat') {
      const maybeScoped = f.secret.startsWith('sbp_fc');
      return shapeScope({
        tokenKind: f.tokenKind,
        root: !maybeScoped,
        environments: maybeScoped ? [] : ['*'],
        resources: ['every organization and project its user belongs to, now and in future'],
        destroy: maybeScoped
          ? []
          : [{ action: 'project delete (Management API)', resource: 'every project: database, Storage, Auth, Edge Functions and configuration', destroysBackups: true }],
        because: maybeScoped
          ? ['sbp_fc is the reported prefix of a scoped personal access token (UNCONFIRMED); its projects and capabilities are only known from Supabase']
          : [
              'a classic personal access token carries every permission on every organization and project of its user',
              'that project deletion takes the platform backups rests on Supabase moderators\' answers citing the docs; the Management API delete path is UNCONFIRMED',
              'a scoped PAT (GA 2026-10-06) is narrower, and its format is not documented (reported prefix sbp_fc, UNCONFIRMED)',
            ],
      });
    }
    if (f.tokenKind === 'service_role' || f.tokenKind === 'supabase_admin' || f.tokenKind === 'secret-key') {
      const what = f.tokenKind === 'secret-key' ? 'an sb_secret_ key' : `a ${f.tokenKind} key`;
      return shapeScope({
        tokenKind: f.tokenKind,
        identity: f.facts.ref,
        resources: [project(f)],
        destroy: [
          { action: 'delete rows (Data API, bypassing RLS)', resource: `every row of every exposed table of ${project(f)}`, destroysBackups: false },
          { action: 'auth.admin.deleteUser', resource: `every Auth user of ${project(f)}`, destroysBackups: false },
          { action: 'Storage object delete', resource: `every Storage object of ${project(f)}`, destroysBackups: false },
        ],
        because: [
          `${what} bypasses Row Level Security in its project: it can delete or change every row, delete Auth users and Storage objects`,
          'the project\'s platform backups are out of its reach; whether the project is production is known only from its ref or the file',
        ],
      });
    }
    return shapeScope({ tokenKind: f.tokenKind, because: [`a Supabase ${f.tokenKind} whose reach only Supabase can tell`] });
  },
  remediation: (f) =>
    f.tokenKind === 'pat'
      ? 'Replace it with a scoped personal access token limited to the projects and capabilities the task needs, with an expiry, and revoke this one at https://supabase.com/dashboard/account/tokens.'
      : `Use the publishable key with Row Level Security on clients, and on servers an individually revocable sb_secret_ key kept out of files the agent reads; rotate this one at https://supabase.com/dashboard/project/${f.facts.ref ?? '_'}/settings/api-keys (a legacy JWT key: roll the JWT secret).`,
});
