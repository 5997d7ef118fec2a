import { defineProvider, type ResolveContext } from '../src/resolve/define.js';
import type { DestroyPrimitive, Finding, Resource } from '../src/types.js';
import { classifyHost, databaseScope, probedScope, serverOf } from './lib/database.js';

// dropDatabase / drop (https://www.mongodb.com/docs/manual/reference/command/dropDatabase/); the root role holds every action.
// Shape-only for now: no MongoDB server can be started where this is tested (Debian has no mongod package;
// mongodb-memory-server downloads its binary from a host not reachable here), so there is no driver and
// no `resolve`. `connectionStatusVerdict` maps what a driver would read —
// db.runCommand({ connectionStatus: 1, showPrivileges: true })
// (https://www.mongodb.com/docs/manual/reference/command/connectionStatus/) — to a verdict, tested on
// answers in the documented shape, ready for a driver later.

export interface ConnectionStatus {
  authInfo: {
    authenticatedUsers: Array<{ user: string; db: string }>;
    authenticatedUserRoles: Array<{ role: string; db: string }>;
    authenticatedUserPrivileges?: Array<{ resource: { db?: string; collection?: string; cluster?: boolean; anyResource?: boolean }; actions: string[] }>;
  };
  ok: number;
}

// Built-in roles that hold every action, or can grant themselves any (userAdmin*): root.
// https://www.mongodb.com/docs/manual/reference/built-in-roles/
const ROOT_ROLES = new Set(['root', '__system', 'userAdminAnyDatabase', 'dbAdminAnyDatabase', 'readWriteAnyDatabase', 'atlasAdmin']);
const DESTROY_ACTIONS: Array<[string, string]> = [
  ['dropDatabase', 'dropDatabase'],
  ['dropCollection', 'drop'],
];

const unique = (rs: Resource[]) => [...new Map(rs.map((r) => [JSON.stringify(r), r])).values()];

/** MongoDB names a database with its noun (`database shop`), unlike the SQL engines' bare names. */
const DATABASE = { one: 'database', many: 'databases' };

/** A privilege's resource (https://www.mongodb.com/docs/manual/reference/resource-document/): the cluster, any resource, a database, a collection. */
function resourceOf(r: { db?: string; collection?: string; cluster?: boolean; anyResource?: boolean }, server: Resource): Resource {
  if (r.anyResource || r.cluster || !r.db) return r.collection ? { kind: 'collection', name: r.collection, within: { kind: 'database', all: true } } : { kind: 'database', all: true, within: server };
  return r.collection ? { kind: 'collection', name: `${r.db}.${r.collection}`, bare: true } : { kind: 'database', noun: DATABASE, name: r.db, within: server };
}

/** What connectionStatus with showPrivileges says a user can do: root roles → root; dropDatabase / dropCollection → destroy. */
export function connectionStatusVerdict(status: ConnectionStatus, host: string, f: Finding, ctx: Pick<ResolveContext, 'environments'>, evidence: string[]) {
  const hc = classifyHost(host, ctx.environments);
  const server = serverOf(host, hc.service);
  const info = status.authInfo;
  const users = info.authenticatedUsers.map((u) => `${u.user}@${u.db}`);
  const roles = info.authenticatedUserRoles;
  const root = roles.some((r) => ROOT_ROLES.has(r.role) && r.db === 'admin');
  const destroy: Array<Omit<DestroyPrimitive, 'certainty'>> = [];
  const privileges = info.authenticatedUserPrivileges ?? [];
  for (const [action, label] of DESTROY_ACTIONS) {
    const on = unique(privileges.filter((p) => p.actions.includes(action) || p.actions.includes('anyAction')).map((p) => resourceOf(p.resource, server)));
    for (const target of on) destroy.push({ action: label, target, destroysBackups: false });
  }
  const removes = unique(privileges.filter((p) => p.actions.includes('remove')).map((p) => resourceOf(p.resource, server)));
  const resources: Resource[] = [{ kind: 'role', names: roles.map((r) => `${r.role}@${r.db}`) }];
  for (const r of removes) resources.push({ ...r, privileges: ['remove (deleteMany)'] });
  const unconfirmed = info.authenticatedUserPrivileges ? [] : ['connectionStatus was read without showPrivileges: actions inferred from role names only'];
  if (!info.authenticatedUserPrivileges && roles.some((r) => r.role === 'dbOwner')) {
    for (const r of roles.filter((x) => x.role === 'dbOwner'))
      destroy.push({ action: 'dropDatabase', target: { kind: 'database', noun: DATABASE, name: r.db, within: server }, destroysBackups: false });
  }
  return probedScope(f, hc, { identity: users.length ? `${users.join(', ')} on ${host}` : `unauthenticated on ${host}`, root, resources, destroy, unconfirmed, evidence });
}

export default defineProvider({
  id: 'mongodb',
  name: 'MongoDB',
  hosts: [],
  offline: (f, ctx) =>
    databaseScope(f, ctx, {
      name: 'MongoDB',
      superusers: ['root', 'admin', 'mongo', 'mongodb'],
      destroy: [{ action: 'dropDatabase', every: 'database', destroysBackups: false }],
    }),
  remediation: () =>
    'Use a user with readWrite on the one application database only (never root, dbOwner or *AnyDatabase), turn on deletion protection and off-host backups, and rotate this password (db.changeUserPassword).',
});
