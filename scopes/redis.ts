import { defineProvider } from '../src/resolve/define.js';
import { databaseScope } from './lib/database.js';

// FLUSHALL "clears the RDB persistence file … and saves an empty RDB file" (https://redis.io/docs/latest/commands/flushall/):
// it takes the local backup with the data. Without ACLs (or as `default`) a password grants every command.
export default defineProvider({
  id: 'redis',
  name: 'Redis',
  hosts: [],
  offline: (f) =>
    databaseScope(
      { ...f, facts: { ...f.facts, user: f.facts.user || 'default' } },
      {
        name: 'Redis',
        superusers: ['default', 'admin', 'root'],
        destroy: [{ action: 'FLUSHALL', resource: 'every key on {target}, and its RDB snapshot', destroysBackups: true }],
      },
    ),
  remediation: () => 'Give the app its own ACL user limited to its key prefix and -@dangerous (ACL SETUSER app on >… ~app:* +@read +@write -@dangerous), disable the default user, and rotate this password.',
});
