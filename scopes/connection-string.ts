import { offlineOnly } from './lib/offline-only.js';

// Offline-only: a `key=value;` connection string names a server but not always its engine (SQL Server, Npgsql,
// MySQL Connector/NET, any ODBC driver); the host, when known, names the environment.
export default offlineOnly({
  id: 'connection-string',
  name: 'Database connection string',
  because: 'a password in an ADO.NET, OLE DB or ODBC connection string; what it can do is known only to the server that accepts it',
  remediation:
    'Move the connection string out of files the agent can read (a secret store, managed identity or integrated authentication instead of a password), and change the password at the server.',
});
