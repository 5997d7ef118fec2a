import { defineProvider, revokedScope, shapeScope, type OfflineContext, type ResolveContext } from '../src/resolve/define.js';
import { AuthRejected, openPostgres } from '../src/resolve/database-egress.js';
import type { DestroyPrimitive, Finding, Resource } from '../src/types.js';
import { classifyHost, databaseScope, databaseTarget, probeTimeout, requireProbing, probedScope, serverOf } from './lib/database.js';
import { projectEnvironment, supabaseDatabase, supabaseProject, type SupabaseDatabase } from './lib/supabase.js';
import { own } from '../src/context/own.js';

// DROP DATABASE "can only be executed by the database owner" (superuser too) and "cannot be undone"
// (https://www.postgresql.org/docs/current/sql-dropdatabase.html); "the right to modify or destroy an object
// is always the privilege of the owner only" (https://www.postgresql.org/docs/current/ddl-priv.html), so
// ownership — directly or through a role the user is a member of — is what can DROP. Backups live outside
// the server, so a DROP does not take them (https://www.postgresql.org/docs/current/sql-dropdatabase.html).

const SUPERUSERS = ['postgres', 'root', 'admin', 'rdsadmin', 'azure_superuser', 'supabase_admin'];

// The whole read list (the catalogues https://www.postgresql.org/docs/current/view-pg-roles.html and ddl-priv.html describe): a read-only session, then catalogue SELECTs. Nothing else is sent.
const Q = {
  readOnly: 'SET default_transaction_read_only = on',
  begin: 'BEGIN READ ONLY',
  whoami: "SELECT current_user AS role, current_database() AS database, current_setting('server_version') AS version",
  role: 'SELECT rolsuper, rolcreaterole, rolcreatedb, rolreplication, rolbypassrls FROM pg_roles WHERE rolname = current_user',
  memberOf: "SELECT rolname FROM pg_roles WHERE rolname <> current_user AND pg_has_role(current_user, oid, 'MEMBER') ORDER BY rolname",
  databases:
    "SELECT datname, pg_has_role(current_user, datdba, 'MEMBER') AS owned, has_database_privilege(current_user, datname, 'CONNECT') AS can_connect FROM pg_database WHERE NOT datistemplate ORDER BY datname",
  schemas: "SELECT nspname FROM pg_namespace WHERE pg_has_role(current_user, nspowner, 'MEMBER') AND left(nspname, 3) <> 'pg_' AND nspname <> 'information_schema' ORDER BY nspname",
  tables:
    "SELECT n.nspname AS schema, c.relname AS name, pg_has_role(current_user, c.relowner, 'MEMBER') AS owned, has_table_privilege(c.oid, 'TRUNCATE') AS can_truncate, has_table_privilege(c.oid, 'DELETE') AS can_delete FROM pg_class c JOIN pg_namespace n ON n.oid = c.relnamespace WHERE c.relkind IN ('r', 'p') AND left(n.nspname, 3) <> 'pg_' AND n.nspname <> 'information_schema' ORDER BY n.nspname, c.relname LIMIT 1000",
  rollback: 'ROLLBACK',
};
const statementTimeout = (ms: number) => `SET statement_timeout = ${ms}`;

/** Predefined roles that reach the server's files or programs (https://www.postgresql.org/docs/current/predefined-roles.html). */
const SERVER_ROLES = ['pg_read_server_files', 'pg_write_server_files', 'pg_execute_server_program'];

export interface PostgresCatalogue {
  host: string;
  port: number;
  role: string;
  database: string;
  flags: { rolsuper: boolean; rolcreaterole: boolean; rolcreatedb: boolean; rolreplication: boolean; rolbypassrls: boolean };
  memberOf: string[];
  databases: Array<{ datname: string; owned: boolean; can_connect: boolean }>;
  schemas: string[];
  tables: Array<{ schema: string; name: string; owned: boolean; can_truncate: boolean; can_delete: boolean }>;
}

/** The verdict from what the catalogues said: superuser → root; owned databases, schemas, tables and TRUNCATE → destroy. */
export function postgresVerdict(c: PostgresCatalogue, f: Finding, ctx: Pick<ResolveContext, 'environments'>, evidence: string[]) {
  const hc = classifyHost(c.host, ctx.environments);
  const server = serverOf(c.host, hc.service);
  const database: Resource = { kind: 'database', name: c.database };
  const destroy: Array<Omit<DestroyPrimitive, 'certainty'>> = [];
  const resources: Resource[] = [];
  const unconfirmed: string[] = [];
  const connectable = c.databases.filter((d) => d.can_connect).map((d) => d.datname);
  if (c.flags.rolsuper) {
    const all = c.databases.map((d) => d.datname);
    destroy.push({ action: 'DROP DATABASE', target: { kind: 'database', all: true, names: all, within: server }, destroysBackups: false });
    destroy.push({ action: 'DROP ROLE / TRUNCATE / DROP TABLE', target: { kind: 'role', also: 'table', all: true, within: server }, destroysBackups: false });
    resources.push({ kind: 'database', all: true, names: all, within: server, access: ['superuser'] });
  } else {
    const ownedDbs = c.databases.filter((d) => d.owned).map((d) => d.datname);
    if (ownedDbs.length) destroy.push({ action: 'DROP DATABASE', target: { kind: 'database', names: ownedDbs, within: server, qualifier: 'owned' }, destroysBackups: false });
    const name = (t: { schema: string; name: string }) => `${t.schema}.${t.name}`;
    if (c.schemas.length) destroy.push({ action: 'DROP SCHEMA … CASCADE', target: { kind: 'schema', names: c.schemas, within: database, qualifier: 'owned' }, destroysBackups: false });
    const owned = c.tables.filter((t) => t.owned).map(name);
    if (owned.length) destroy.push({ action: 'DROP TABLE', target: { kind: 'table', names: owned, within: database, qualifier: 'owned' }, destroysBackups: false });
    const truncatable = c.tables.filter((t) => t.can_truncate && !t.owned).map(name);
    if (truncatable.length) destroy.push({ action: 'TRUNCATE', target: { kind: 'table', names: truncatable, within: database }, destroysBackups: false });
    // DELETE is the everyday right of an application role (least-privilege application roles are granted it); it is listed, not a destroy primitive.
    const deletable = c.tables.filter((t) => t.can_delete && !t.owned && !t.can_truncate).map(name);
    if (deletable.length) resources.push({ kind: 'table', names: deletable, within: database, privileges: ['DELETE'] });
    resources.push({ kind: 'database', names: connectable, within: server, privileges: ['CONNECT'] });
    if (c.databases.length > 1) unconfirmed.push(`tables and schemas were read in ${c.database} only; the other databases' catalogues need their own connection`);
  }
  const flags = (['rolcreaterole', 'rolcreatedb', 'rolreplication', 'rolbypassrls'] as const).filter((k) => c.flags[k]).map((k) => k.slice(3).toUpperCase());
  if (flags.length && !c.flags.rolsuper) resources.push({ kind: 'role', name: c.role, access: flags });
  if (c.flags.rolcreaterole && !c.flags.rolsuper) unconfirmed.push('CREATEROLE can grant itself membership of other non-superuser roles before PostgreSQL 16, and with it what they own');
  const serverRoles = c.memberOf.filter((r) => SERVER_ROLES.includes(r));
  if (serverRoles.length && !c.flags.rolsuper) resources.push({ kind: 'role', names: serverRoles, qualifier: "member: reads or writes the server's files" });
  const others = c.memberOf.filter((r) => !SERVER_ROLES.includes(r) && !r.startsWith('pg_'));
  if (others.length) resources.push({ kind: 'role', names: others, qualifier: 'member' });
  // A Supabase database is one project's: named so the report connects it with that project's keys.
  const sb = supabaseDatabase(f.facts.host, f.facts.user);
  if (sb) resources.push(supabaseProject(sb.ref));
  return probedScope(f, hc, { identity: `${c.role}@${c.host}/${c.database}`, root: c.flags.rolsuper, resources, destroy, unconfirmed, evidence });
}

async function resolvePostgres(f: Finding, ctx: ResolveContext) {
  requireProbing(ctx);
  const t = databaseTarget(f, { port: 5432, tls: 'prefer' });
  // libpq's default database is the user's name (https://www.postgresql.org/docs/current/libpq-connect.html#LIBPQ-CONNECT-DBNAME).
  t.database ??= t.user;
  const ms = probeTimeout(ctx);
  let s: Awaited<ReturnType<typeof openPostgres>>;
  try {
    s = await openPostgres(t, { timeoutMs: ms, allow: [...Object.values(Q), statementTimeout(ms)] });
  } catch (err) {
    if (err instanceof AuthRejected) return revokedScope(f.tokenKind, [`connect ${t.host}:${t.port}`], err.message);
    throw err;
  }
  try {
    await s.read(Q.readOnly);
    await s.read(statementTimeout(ms));
    await s.read(Q.begin);
    const [who] = await s.read<{ role: string; database: string }>(Q.whoami);
    const [flags] = await s.read<PostgresCatalogue['flags']>(Q.role);
    const memberOf = (await s.read<{ rolname: string }>(Q.memberOf)).map((r) => r.rolname);
    const databases = await s.read<PostgresCatalogue['databases'][number]>(Q.databases);
    const schemas = (await s.read<{ nspname: string }>(Q.schemas)).map((r) => r.nspname);
    const tables = await s.read<PostgresCatalogue['tables'][number]>(Q.tables);
    await s.read(Q.rollback);
    return postgresVerdict({ host: s.address.host, port: t.port, role: who.role, database: who.database, flags, memberOf, databases, schemas, tables }, f, ctx, s.evidence);
  } finally {
    await s.close();
  }
}

// Supabase: both the direct host db.<ref>.supabase.co (user postgres) and the pooler (user postgres.<ref>) log in
// as the project's own `postgres` role, which Supabase's connection guide hands out as the database's owner
// (https://supabase.com/docs/guides/database/connecting-to-postgres; not in our provider references, so
// UNCONFIRMED and inferred). It reaches one project, not an account: no root; what it owns it can drop. The
// platform backups sit outside SQL's reach (they go only with the project, which takes a personal access token).
const OWNER = 'postgres';

function supabaseScope(f: Finding, ctx: OfflineContext | undefined, sb: SupabaseDatabase) {
  const host = f.facts.host ?? '';
  const hc = classifyHost(host, ctx?.environments);
  const project = supabaseProject(sb.ref);
  const server = serverOf(host, hc.service);
  const database: Resource = { kind: 'database', noun: { one: 'database', many: 'databases' }, name: f.facts.database || 'postgres', within: project };
  const mappedHost = own(ctx?.environments, hc.host) !== undefined;
  const env = mappedHost ? { environment: hc.environment, because: hc.because[0] } : projectEnvironment(f, sb.ref, ctx);
  const because = [
    sb.via === 'pooler' ? `${host} is Supabase's connection pooler, and the user ${f.facts.user} names project ${sb.ref}` : `${host} is the direct database host of Supabase project ${sb.ref}`,
    ...(env.because ? [env.because] : []),
  ];
  if (sb.role !== OWNER) {
    because.push(`the privileges of the role "${sb.role}" are only known by connecting (--probe-databases)`);
    return shapeScope({ tokenKind: f.tokenKind, identity: `${f.facts.user}@${host}`, environments: env.environment ? [env.environment] : [], resources: [database, server], because });
  }
  because.push(
    `"postgres" on Supabase is taken as the project's owner role, which can drop its database, schemas and tables (Supabase's connection guide; UNCONFIRMED in our references, --probe-databases confirms); it reaches this one project, not the account`,
  );
  return shapeScope({
    tokenKind: 'owner-connection',
    identity: `${f.facts.user}@${host}`,
    root: false,
    environments: env.environment ? [env.environment] : [],
    resources: [{ ...database, access: ['owner role postgres'] }, server],
    destroy: [
      { action: 'DROP DATABASE', target: database, destroysBackups: false },
      { action: 'DROP SCHEMA … CASCADE / TRUNCATE / DROP TABLE', target: { kind: 'table', all: true, within: database }, destroysBackups: false },
    ],
    because,
  });
}

export default defineProvider({
  id: 'postgres',
  name: 'PostgreSQL',
  asks: {
    calls: 'only with `--probe-databases` (below): catalogue reads in a read-only transaction',
    tells: 'superuser, role memberships, owned databases, schemas and tables, TRUNCATE',
    docs: 'https://www.postgresql.org/docs/current/predefined-roles.html',
  },
  hosts: [],
  optIn: 'probe-databases',
  resolve: resolvePostgres,
  offline: (f, ctx) => {
    const sb = supabaseDatabase(f.facts.host, f.facts.user);
    if (sb) return supabaseScope(f, ctx, sb);
    return databaseScope(f, ctx, {
      name: 'PostgreSQL',
      superusers: SUPERUSERS,
      destroy: [
        { action: 'DROP DATABASE', every: 'database', destroysBackups: false },
        { action: 'TRUNCATE / DROP TABLE', every: 'table', destroysBackups: false },
      ],
    });
  },
  remediation: (f) =>
    supabaseDatabase(f.facts.host, f.facts.user)
      ? `Give the app its own role with only the table privileges it needs (not postgres, which owns the project's database) and keep the owner's URL out of files the agent reads; reset the database password at https://supabase.com/dashboard/project/${supabaseDatabase(f.facts.host, f.facts.user)!.ref}/settings/database.`
      : 'Connect as a role with only SELECT/INSERT/UPDATE/DELETE on the tables the app needs (LOGIN NOSUPERUSER NOCREATEDB NOCREATEROLE), with the tables owned by a separate NOLOGIN role so this one owns nothing it must not drop; turn on deletion protection and off-host backups, then change this password with ALTER ROLE … PASSWORD.',
});
