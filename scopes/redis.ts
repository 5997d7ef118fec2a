import { defineProvider, revokedScope, type ResolveContext } from '../src/resolve/define.js';
import { AuthRejected, openRedis, type RedisSession } from '../src/resolve/database-egress.js';
import type { DestroyPrimitive, Finding, Resource } from '../src/types.js';
import { classifyHost, databaseScope, databaseTarget, probeTimeout, requireProbing, probedScope, serverOf } from './lib/database.js';

// FLUSHALL "clears the RDB persistence file … and saves an empty RDB file" (https://redis.io/docs/latest/commands/flushall/):
// it takes the local backup with the data. Without ACLs (or as `default`) a password grants every command.
// ACL WHOAMI names the user (https://redis.io/commands/acl-whoami/); ACL GETUSER lists its rules but is
// itself @admin (https://redis.io/commands/acl-getuser/); ACL DRYRUN asks the authorizer without running
// the command (https://redis.io/commands/acl-dryrun/, Redis 7.0+).

export interface RedisAnswers {
  host: string;
  port: number;
  database: number;
  /** ACL WHOAMI's answer; undefined when the server has no ACL (before Redis 6). */
  user?: string;
  acl: 'none' | 'refused' | 'ok';
  /** ACL GETUSER's command and key rules, when permitted. */
  rules?: { commands: string; keys: string };
  /** ACL DRYRUN per probed command: true allowed, false denied, undefined not askable. */
  allowed: Partial<Record<'FLUSHALL' | 'FLUSHDB' | 'CONFIG SET' | 'ACL SETUSER', boolean>>;
}

const PROBES: Array<[keyof RedisAnswers['allowed'], string[]]> = [
  ['FLUSHALL', ['FLUSHALL']],
  ['FLUSHDB', ['FLUSHDB']],
  ['CONFIG SET', ['CONFIG', 'SET', 'dir', '/tmp']],
  ['ACL SETUSER', ['ACL', 'SETUSER', 'abr-probe']],
];

/** Every command and every key: `+@all` with no exclusion, and `~*` (a string in 7.x, a list in 6.x). */
function unrestricted(rules: RedisAnswers['rules']): boolean {
  if (!rules) return false;
  return /^\+@all$/.test(rules.commands.trim()) && /(?:^|\s)~?\*(?:\s|$)/.test(rules.keys.trim().replace(/^allkeys$/, '*'));
}

export function redisVerdict(a: RedisAnswers, f: Finding, ctx: Pick<ResolveContext, 'environments'>, evidence: string[]) {
  const hc = classifyHost(a.host, ctx.environments);
  const server = serverOf(a.host, hc.service);
  const unconfirmed: string[] = [];
  const resources: Resource[] = [];
  const destroy: Array<Omit<DestroyPrimitive, 'certainty'>> = [];
  const flushall = {
    action: 'FLUSHALL',
    target: { kind: 'key', all: true, within: { kind: 'database', all: true, within: server }, including: ['its RDB snapshot'] } satisfies Resource,
    destroysBackups: true,
  };
  let root = false;
  if (a.acl === 'none') {
    // No ACL (Redis before 6, or ACL disabled): the password is `requirepass` and grants every command.
    root = true;
    destroy.push(flushall);
    resources.push({ kind: 'key', all: true, within: server, qualifier: 'no ACL: the password grants everything', access: ['every command'] });
  } else {
    // Every command on every key, or ACL SETUSER, which can grant itself every command.
    root = unrestricted(a.rules) || a.allowed['ACL SETUSER'] === true;
    if (a.allowed.FLUSHALL) destroy.push(flushall);
    if (a.allowed.FLUSHDB && !a.allowed.FLUSHALL)
      destroy.push({ action: 'FLUSHDB', target: { kind: 'key', all: true, within: { kind: 'database', name: String(a.database), within: server } }, destroysBackups: false });
    if (a.allowed['CONFIG SET']) resources.push({ kind: 'configuration', within: server, qualifier: "can move or replace the server's RDB file (dir, dbfilename)", access: ['CONFIG SET'] });
    if (a.allowed['ACL SETUSER']) resources.push({ kind: 'user', all: true, within: server, qualifier: 'can grant itself or others any command', access: ['ACL SETUSER'] });
    if (a.rules) resources.push({ kind: 'key', names: a.rules.keys ? [a.rules.keys] : [], within: server, access: [a.rules.commands] });
    if (Object.values(a.allowed).every((v) => v === undefined)) {
      unconfirmed.push(`${a.user ?? 'this user'} may not run ACL DRYRUN (an @admin command), so whether it can FLUSHALL or FLUSHDB was not asked`);
    }
    if (root) resources.unshift({ kind: 'key', all: true, within: server, access: ['every command'] });
  }
  return probedScope(f, hc, { identity: `${a.user ?? 'default'}@${a.host}:${a.port}`, root, resources, destroy, unconfirmed, evidence });
}

/** The ACL reads, each answered or refused by the server; nothing else is sent. */
export async function askRedis(s: RedisSession, fallbackUser: string | undefined): Promise<Pick<RedisAnswers, 'user' | 'acl' | 'rules' | 'allowed'>> {
  const who = await s.command('ACL', 'WHOAMI');
  if (who.error && /unknown (?:sub)?command/i.test(who.error)) return { acl: 'none', allowed: { FLUSHALL: true, FLUSHDB: true, 'CONFIG SET': true, 'ACL SETUSER': true } };
  const user = who.error ? (fallbackUser ?? 'default') : String(who.reply);
  const out: Pick<RedisAnswers, 'user' | 'acl' | 'rules' | 'allowed'> = { user, acl: who.error ? 'refused' : 'ok', allowed: {} };
  const get = await s.command('ACL', 'GETUSER', user);
  if (!get.error && Array.isArray(get.reply)) {
    // A flat [field, value, …] list; `passwords` (hashes) is never read.
    const fields = new Map<string, unknown>();
    for (let i = 0; i + 1 < get.reply.length; i += 2) fields.set(String(get.reply[i]), get.reply[i + 1]);
    const asText = (v: unknown) => (Array.isArray(v) ? v.map(String).join(' ') : String(v ?? ''));
    out.rules = { commands: asText(fields.get('commands')), keys: asText(fields.get('keys')) };
  }
  for (const [name, args] of PROBES) {
    const r = await s.command('ACL', 'DRYRUN', user, ...args);
    // "OK" when permitted; otherwise a text saying why (https://redis.io/commands/acl-dryrun/).
    if (!r.error) out.allowed[name] = r.reply === 'OK';
    else if (/NOPERM/.test(r.error)) break;
  }
  return out;
}

async function resolveRedis(f: Finding, ctx: ResolveContext) {
  requireProbing(ctx);
  const t = databaseTarget(f, { port: 6379, tls: /^rediss/i.test(f.facts.scheme ?? '') ? 'require' : 'disable' });
  const tls = t.tls === 'prefer' ? 'disable' : t.tls;
  let s: Awaited<ReturnType<typeof openRedis>>;
  try {
    s = await openRedis({ ...t, tls }, { timeoutMs: probeTimeout(ctx) });
  } catch (err) {
    if (err instanceof AuthRejected) return revokedScope(f.tokenKind, [`connect ${t.host}:${t.port}`, 'AUTH'], err.message);
    throw err;
  }
  try {
    const answers = await askRedis(s, t.user);
    return redisVerdict({ host: s.address.host, port: t.port, database: Number(t.database ?? 0) || 0, ...answers }, f, ctx, s.evidence);
  } finally {
    await s.close();
  }
}

export default defineProvider({
  id: 'redis',
  name: 'Redis',
  asks: {
    calls: 'only with `--probe-databases` (below): `ACL WHOAMI`, `ACL GETUSER`, `ACL DRYRUN` of `FLUSHALL`/`FLUSHDB`/`CONFIG SET`/`ACL SETUSER`',
    tells: 'no ACL or `+@all ~*` → root; `FLUSHALL` allowed → data and its RDB file',
    docs: 'https://redis.io/commands/acl-dryrun/',
  },
  hosts: [],
  optIn: 'probe-databases',
  resolve: resolveRedis,
  offline: (f, ctx) =>
    databaseScope({ ...f, facts: { ...f.facts, user: f.facts.user || 'default' } }, ctx, {
      name: 'Redis',
      superusers: ['default', 'admin', 'root'],
      destroy: [{ action: 'FLUSHALL', every: 'key', including: ['its RDB snapshot'], destroysBackups: true }],
    }),
  remediation: () =>
    'Give the app its own ACL user limited to its key prefix and -@dangerous (ACL SETUSER app on >… ~app:* +@read +@write -@dangerous), disable the default user, keep backups off the host (FLUSHALL replaces the local RDB file), and rotate this password.',
});
