import { defineProvider, type ResolveContext } from '../src/resolve/define.js';
import type { DestroyPrimitive, Finding } from '../src/types.js';
import { classifyHost, databaseScope, someOf, probedScope } from './lib/database.js';

// dropDatabase / drop (https://www.mongodb.com/docs/manual/reference/command/dropDatabase/); the root role holds every action.
// Shape-only for now: no MongoDB server can be installed where this is tested, so there is no driver and
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

function resourceName(r: { db?: string; collection?: string; cluster?: boolean; anyResource?: boolean }): string {
  if (r.anyResource || r.cluster) return 'every database';
  const db = r.db ? r.db : 'every database';
  return r.collection ? `${db}.${r.collection}` : r.db ? `database ${r.db}` : db;
}

/** What connectionStatus with showPrivileges says a user can do: root roles → root; dropDatabase / dropCollection → destroy. */
export function connectionStatusVerdict(status: ConnectionStatus, host: string, f: Finding, ctx: Pick<ResolveContext, 'environments'>, evidence: string[]) {
  const hc = classifyHost(host, ctx.environments);
  const where = hc.service ? `${host} (${hc.service})` : host;
  const info = status.authInfo;
  const users = info.authenticatedUsers.map((u) => `${u.user}@${u.db}`);
  const roles = info.authenticatedUserRoles;
  const root = roles.some((r) => ROOT_ROLES.has(r.role) && r.db === 'admin');
  const destroy: Array<Omit<DestroyPrimitive, 'certainty'>> = [];
  const privileges = info.authenticatedUserPrivileges ?? [];
  for (const [action, label] of DESTROY_ACTIONS) {
    const on = [...new Set(privileges.filter((p) => p.actions.includes(action) || p.actions.includes('anyAction')).map((p) => resourceName(p.resource)))];
    if (on.length) destroy.push({ action: label, resource: `${someOf(on)} on ${where}`, destroysBackups: false });
  }
  const removes = [...new Set(privileges.filter((p) => p.actions.includes('remove')).map((p) => resourceName(p.resource)))];
  const resources = [`roles: ${someOf(roles.map((r) => `${r.role}@${r.db}`)) || 'none'}`];
  if (removes.length) resources.push(`remove (deleteMany) on ${someOf(removes)}`);
  const unconfirmed = info.authenticatedUserPrivileges ? [] : ['connectionStatus was read without showPrivileges: actions inferred from role names only'];
  if (!info.authenticatedUserPrivileges && roles.some((r) => r.role === 'dbOwner')) {
    for (const r of roles.filter((x) => x.role === 'dbOwner')) destroy.push({ action: 'dropDatabase', resource: `database ${r.db} on ${where}`, destroysBackups: false });
  }
  return probedScope(f, hc, { identity: users.length ? `${users.join(', ')} on ${host}` : `unauthenticated on ${host}`, root, resources, destroy, unconfirmed, evidence });
}

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
  remediation: () => 'Use a user with readWrite on the one application database only (never root, dbOwner or *AnyDatabase), turn on deletion protection and off-host backups, and rotate this password (db.changeUserPassword).',
});
