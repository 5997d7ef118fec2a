import { defineProvider } from '../src/resolve/define.js';
import { databaseScope } from './lib/database.js';

// dropDatabase / drop (https://www.mongodb.com/docs/manual/reference/command/dropDatabase/); the root role holds every action.
export default defineProvider({
  id: 'mongodb',
  name: 'MongoDB',
  hosts: [],
  offline: (f) =>
    databaseScope(f, {
      name: 'MongoDB',
      superusers: ['root', 'admin', 'mongo', 'mongodb'],
      destroy: [{ action: 'dropDatabase', resource: 'every database on {target}', destroysBackups: false }],
    }),
  remediation: () => 'Use a user with readWrite on the one application database only (never root, dbOwner or *AnyDatabase), and rotate this password (db.changeUserPassword).',
});
