import { defineProvider } from '../src/resolve/define.js';
import { databaseScope } from './lib/database.js';

// DROP DATABASE needs the DROP privilege (https://dev.mysql.com/doc/refman/8.4/en/drop-database.html).
export default defineProvider({
  id: 'mysql',
  name: 'MySQL / MariaDB',
  hosts: [],
  offline: (f) =>
    databaseScope(f, {
      name: 'MySQL',
      superusers: ['root', 'admin', 'rdsadmin', 'mysql'],
      destroy: [{ action: 'DROP DATABASE', resource: 'every database on {target}', destroysBackups: false }],
    }),
  remediation: () =>
    "Connect as a user granted only SELECT, INSERT, UPDATE, DELETE ON app.* (no DROP, no *.*, no GRANT OPTION), then change this password with ALTER USER … IDENTIFIED BY.",
});
