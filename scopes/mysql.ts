import { defineProvider, revokedScope, type ResolveContext } from '../src/resolve/define.js';
import { AuthRejected, openMysql } from '../src/resolve/database-egress.js';
import type { DestroyPrimitive, Finding, Resource } from '../src/types.js';
import { classifyHost, databaseScope, databaseTarget, probeTimeout, requireProbing, probedScope, serverOf } from './lib/database.js';

// DROP DATABASE needs the DROP privilege (https://dev.mysql.com/doc/refman/8.4/en/drop-database.html), and
// so does TRUNCATE TABLE (https://dev.mysql.com/doc/refman/8.4/en/truncate-table.html). SHOW GRANTS "displays
// the privileges and roles that are assigned … in the form of GRANT statements"
// (https://dev.mysql.com/doc/refman/8.4/en/show-grants.html; MariaDB's is the same statement).

const Q = {
  begin: 'START TRANSACTION READ ONLY',
  whoami: 'SELECT CURRENT_USER() AS account, VERSION() AS version',
  grants: 'SHOW GRANTS',
  rollback: 'ROLLBACK',
};

export interface Grant {
  privileges: string[];
  /** `*.*`, `db.*` or `db.table` (unquoted). */
  on: string;
  level: 'global' | 'database' | 'table' | 'routine';
  grantOption: boolean;
}

/** Splits on commas outside parentheses: `SELECT (a, b), DELETE` → two privileges. */
function splitPrivileges(s: string): string[] {
  const out: string[] = [];
  let depth = 0;
  let cur = '';
  for (const ch of s) {
    if (ch === '(') depth++;
    if (ch === ')') depth--;
    if (ch === ',' && depth === 0) {
      out.push(cur);
      cur = '';
    } else cur += ch;
  }
  out.push(cur);
  return out
    .map((p) =>
      p
        .replace(/\(.*\)/, '')
        .trim()
        .toUpperCase(),
    )
    .filter(Boolean);
}

const unquote = (s: string) => s.replace(/[`'"]/g, '').replace(/\\([_%])/g, '$1');

/**
 * One SHOW GRANTS line → privileges and the scope they apply to. Only the privilege list and the
 * object are kept: MariaDB prints the account's password hash in the same line, which is never stored.
 */
export function parseGrant(line: string): Grant | undefined {
  // GRANT <privileges> ON [TABLE|FUNCTION|PROCEDURE] <object> TO <account> … [WITH GRANT OPTION]
  const m = /^GRANT (.+?) ON (?:(TABLE|FUNCTION|PROCEDURE) )?((?:`(?:[^`]|``)*`|[^\s.`]+|\*)(?:\.(?:`(?:[^`]|``)*`|[^\s`]+|\*))?) TO /i.exec(line);
  if (!m) return undefined;
  const on = unquote(m[3]);
  const level = m[2] && m[2].toUpperCase() !== 'TABLE' ? 'routine' : on === '*.*' || on === '*' ? 'global' : /\.\*$/.test(on) ? 'database' : 'table';
  return { privileges: splitPrivileges(m[1]), on, level, grantOption: /\bWITH GRANT OPTION\b/i.test(line) };
}

const has = (g: Grant, p: string) => g.privileges.includes(p) || g.privileges.includes('ALL PRIVILEGES') || g.privileges.includes('ALL');

/** The verdict from SHOW GRANTS: ALL PRIVILEGES or SUPER on *.* → root; DROP per scope → destroy; DELETE and GRANT OPTION listed. */
export function mysqlVerdict(lines: string[], who: { account: string; host: string }, f: Finding, ctx: Pick<ResolveContext, 'environments'>, evidence: string[]) {
  const hc = classifyHost(who.host, ctx.environments);
  const server = serverOf(who.host, hc.service);
  const grants = lines.map(parseGrant).filter((g): g is Grant => g !== undefined && g.level !== 'routine');
  const roles = lines.filter((l) => /^GRANT\s/i.test(l) && !/\sON\s/i.test(l));
  const global = grants.filter((g) => g.level === 'global');
  const root = global.some((g) => g.privileges.includes('ALL PRIVILEGES') || g.privileges.includes('ALL') || g.privileges.includes('SUPER'));
  const destroy: Array<Omit<DestroyPrimitive, 'certainty'>> = [];
  const resources: Resource[] = [];
  const unconfirmed: string[] = [];
  if (global.some((g) => has(g, 'DROP'))) destroy.push({ action: 'DROP DATABASE', target: { kind: 'database', all: true, within: server }, destroysBackups: false });
  const dbs = grants.filter((g) => g.level === 'database' && has(g, 'DROP')).map((g) => g.on.replace(/\.\*$/, ''));
  if (dbs.length) destroy.push({ action: 'DROP DATABASE', target: { kind: 'database', names: dbs, within: server }, destroysBackups: false });
  const tables = grants.filter((g) => g.level === 'table' && has(g, 'DROP')).map((g) => g.on);
  if (tables.length) destroy.push({ action: 'DROP TABLE / TRUNCATE', target: { kind: 'table', names: tables, within: server }, destroysBackups: false });
  /** What a grant is on: `*.*` every database, `db.*` one database, `db.t` one table. */
  const target = (g: Grant): Resource =>
    g.on === '*.*' ? { kind: 'database', all: true } : g.level === 'table' ? { kind: 'table', name: g.on } : { kind: 'database', name: g.on.replace(/\.\*$/, '') };
  // DELETE is the everyday right of an application user (least-privilege application users are granted it): listed, not a destroy primitive.
  const deletes = grants.filter((g) => has(g, 'DELETE') && !has(g, 'DROP')).map(target);
  for (const d of deletes) resources.push({ ...d, privileges: ['DELETE'] });
  const withGrant = grants.filter((g) => g.grantOption).map(target);
  for (const w of withGrant) resources.push({ ...w, privileges: ['WITH GRANT OPTION'], note: 'can hand its privileges to other accounts' });
  const supers = global.filter((g) => g.privileges.includes('SUPER') || g.privileges.includes('FILE')).flatMap((g) => g.privileges.filter((p) => p === 'SUPER' || p === 'FILE'));
  if (supers.length && !global.some((g) => g.privileges.includes('ALL PRIVILEGES'))) resources.push({ ...server, privileges: [...new Set(supers)] });
  if (root) resources.unshift({ kind: 'database', all: true, within: server, privileges: ['ALL PRIVILEGES'] });
  else if (!grants.some((g) => g.privileges.some((p) => p !== 'USAGE'))) resources.push({ ...server, privileges: ['USAGE'], note: 'no privileges beyond logging in' });
  else for (const g of grants.filter((x) => x.privileges.some((p) => p !== 'USAGE'))) resources.push({ ...target(g), privileges: g.privileges });
  if (roles.length) unconfirmed.push(`${roles.length} granted role${roles.length === 1 ? ' is' : 's are'} not expanded (SHOW GRANTS … USING role would list what they add)`);
  return probedScope(f, hc, { identity: `${who.account} on ${who.host}`, root, resources, destroy, unconfirmed, evidence });
}

async function resolveMysql(f: Finding, ctx: ResolveContext) {
  requireProbing(ctx);
  const t = databaseTarget(f, { port: 3306, tls: 'disable' });
  // No database is selected: SHOW GRANTS needs none, and a missing one would hide a live login.
  t.database = undefined;
  let s: Awaited<ReturnType<typeof openMysql>>;
  try {
    s = await openMysql(t, { timeoutMs: probeTimeout(ctx), allow: Object.values(Q) });
  } catch (err) {
    if (err instanceof AuthRejected) return revokedScope(f.tokenKind, [`connect ${t.host}:${t.port}`], err.message);
    throw err;
  }
  try {
    await s.read(Q.begin);
    const [who] = await s.read<{ account: string }>(Q.whoami);
    const rows = await s.read<Record<string, string>>(Q.grants);
    await s.read(Q.rollback);
    const lines = rows.map((r) => String(Object.values(r)[0] ?? ''));
    return mysqlVerdict(lines, { account: who.account, host: s.address.host }, f, ctx, s.evidence);
  } finally {
    await s.close();
  }
}

export default defineProvider({
  id: 'mysql',
  name: 'MySQL / MariaDB',
  asks: {
    calls: 'only with `--probe-databases` (below): `CURRENT_USER()`, `SHOW GRANTS` in a read-only transaction',
    tells: 'grants: `ALL PRIVILEGES`/`SUPER` on `*.*` → root, `DROP` per scope',
    docs: 'https://dev.mysql.com/doc/refman/8.4/en/show-grants.html',
  },
  hosts: [],
  optIn: 'probe-databases',
  resolve: resolveMysql,
  offline: (f, ctx) =>
    databaseScope(f, ctx, {
      name: 'MySQL',
      superusers: ['root', 'admin', 'rdsadmin', 'mysql'],
      destroy: [{ action: 'DROP DATABASE', every: 'database', destroysBackups: false }],
    }),
  remediation: () =>
    'Connect as a user granted only SELECT, INSERT, UPDATE, DELETE ON app.* (no DROP, no *.*, no GRANT OPTION, no SUPER); turn on deletion protection and off-host backups, then change this password with ALTER USER … IDENTIFIED BY.',
});
