import { defineProvider } from '../src/resolve/define.js';
import { databaseScope } from './lib/database.js';

// DROP DATABASE "cannot be undone" (https://www.postgresql.org/docs/current/sql-dropdatabase.html); backups
// live outside the server, so a superuser's DROP does not take them (core.md §5.5).
export default defineProvider({
  id: 'postgres',
  name: 'PostgreSQL',
  hosts: [],
  offline: (f) =>
    databaseScope(f, {
      name: 'PostgreSQL',
      superusers: ['postgres', 'root', 'admin', 'rdsadmin', 'azure_superuser', 'supabase_admin'],
      destroy: [
        { action: 'DROP DATABASE', resource: 'every database on {target}', destroysBackups: false },
        { action: 'TRUNCATE / DROP TABLE', resource: 'every table on {target}', destroysBackups: false },
      ],
    }),
  remediation: () =>
    'Connect as a role with only SELECT/INSERT/UPDATE/DELETE on the tables the app needs (LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE, owning nothing it must not drop), turn on deletion protection and off-host backups, then change this password with ALTER ROLE … PASSWORD.',
});
