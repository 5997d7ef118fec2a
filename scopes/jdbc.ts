import { defineProvider } from '../src/resolve/define.js';
import { EgressError } from '../src/resolve/egress.js';
import mysql from './mysql.js';
import postgres from './postgres.js';
import { databaseScope } from './lib/database.js';

// A JDBC URL is its engine's credential: jdbc:postgresql → PostgreSQL, jdbc:mysql/mariadb → MySQL.
const engineOf = (scheme = '') => (/postgres/.test(scheme) ? postgres : /mysql|mariadb/.test(scheme) ? mysql : undefined);

export default defineProvider({
  id: 'jdbc',
  name: 'JDBC database',
  asks: {
    calls: "only with `--probe-databases`: its engine's reads (PostgreSQL or MySQL/MariaDB)",
    tells: 'as its engine',
    docs: 'https://docs.oracle.com/javase/tutorial/jdbc/basics/connecting.html',
  },
  hosts: [],
  optIn: 'probe-databases',
  // The engine's own resolver, with the same pre-connect check and read list; other engines have no driver here.
  resolve: async (f, ctx) => {
    const engine = engineOf(f.facts.scheme);
    if (!engine?.resolve) throw new EgressError(`no driver for ${f.facts.scheme ?? 'this JDBC URL'} (PostgreSQL and MySQL/MariaDB only)`);
    return engine.resolve(f, ctx);
  },
  offline: (f, ctx) =>
    engineOf(f.facts.scheme)?.offline(f, ctx) ??
    databaseScope(f, ctx, {
      name: 'the database',
      superusers: ['sa', 'sys', 'system', 'root', 'admin'],
      destroy: [{ action: 'DROP DATABASE', every: 'database', destroysBackups: false }],
    }),
  remediation: (f, scope) =>
    engineOf(f.facts.scheme)?.remediation(f, scope) ??
    'Connect as a login with only the privileges the application needs (no sysadmin/db_owner), keep the password out of the URL (a secret store or environment variable), and change this password.',
});
