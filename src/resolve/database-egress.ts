// The only code that opens connections to database and cache servers, and only with --probe-databases.
// Drivers open their own sockets, so the egress rules of egress.ts are enforced here, in the driver path:
//   1. before connecting: the host is the one named in the credential's own URL, it is resolved once,
//      and a link-local or cloud-metadata address (or name) is refused; the driver then connects to the
//      resolved address (TLS still names the host), so a second DNS answer cannot redirect it;
//   2. on every statement or command: a read-only allowlist, checked in the driver's own `query` /
//      `sendCommand` before a byte is sent, so nothing else — not even a future caller — gets through.
import { BlockList, connect as netConnect, isIP, type Socket } from 'node:net';
import { commonJs } from './commonjs.js';
import { EgressError, ProviderError } from './egress.js';

// ---------------------------------------------------------------------------------------------------
// 1. Where a secret may go

/** Resolves every address of a name (dns.lookup, so /etc/hosts counts as it does for the app). */
export type Lookup = (host: string) => Promise<Array<{ address: string; family: number }>>;

// dns/promises loads with the first lookup: an offline scan imports this module and never resolves a name.
const lookupAll: Lookup = async (host) => (await import('node:dns/promises')).lookup(host, { all: true, verbatim: true });

// Instance-metadata services answer on link-local addresses: 169.254.169.254 (AWS, GCP, Azure, OpenStack,
// DigitalOcean, Oracle), fd00:ec2::254 (AWS IMDS over IPv6,
// https://docs.aws.amazon.com/AWSEC2/latest/UserGuide/instancedata-data-retrieval.html), 100.100.100.200
// (Alibaba Cloud, https://www.alibabacloud.com/help/en/ecs/user-guide/view-instance-metadata),
// 192.0.0.192 (Oracle Cloud Classic). fe80::/10 is IPv6 link-local.
const BLOCKED = new BlockList();
BLOCKED.addSubnet('169.254.0.0', 16, 'ipv4');
BLOCKED.addSubnet('fe80::', 10, 'ipv6');
BLOCKED.addAddress('fd00:ec2::254', 'ipv6');
BLOCKED.addAddress('100.100.100.200', 'ipv4');
BLOCKED.addAddress('192.0.0.192', 'ipv4');

// Names that reach a metadata service without a link-local literal (GCP's metadata.google.internal and
// its short forms; AWS's instance-data; Azure's metadata.azure.com).
const METADATA_NAMES = /^(?:metadata(?:\.google\.internal|\.goog)?|instance-data(?:\.ec2\.internal)?|metadata\.azure\.com|metadata\.tencentyun\.com)\.?$/i;

/** True for a link-local or cloud-metadata address (IPv4-mapped IPv6 included). */
export function isMetadataAddress(address: string): boolean {
  const a = address.replace(/^\[|\]$/g, '').replace(/%.*$/, '');
  const mapped = /^::ffff:(\d+\.\d+\.\d+\.\d+)$/i.exec(a);
  if (mapped) return BLOCKED.check(mapped[1], 'ipv4');
  const family = isIP(a);
  if (family === 4) return BLOCKED.check(a, 'ipv4');
  if (family === 6) return BLOCKED.check(a, 'ipv6');
  return false;
}

export interface AdmittedHost {
  /** The name from the credential's own URL (for TLS server names and messages). */
  host: string;
  /** The address the driver connects to. */
  address: string;
  family: number;
}

/**
 * The pre-connect check every driver path runs: refuses metadata names and link-local or metadata
 * addresses (any of a name's addresses), and returns the one address to connect to.
 */
export async function admitDatabaseHost(host: string, lookup: Lookup = lookupAll): Promise<AdmittedHost> {
  const name = host
    .trim()
    .replace(/^\[|\]$/g, '')
    .toLowerCase();
  if (!name || name === '*' || /[\s/@]/.test(name)) throw new EgressError(`refused: "${host}" is not a host name`);
  if (METADATA_NAMES.test(name)) throw new EgressError(`refused: ${name} is a cloud-metadata service, never a database`);
  const literal = isIP(name);
  if (literal) {
    if (isMetadataAddress(name)) throw new EgressError(`refused: ${name} is a link-local or cloud-metadata address`);
    return { host: name, address: name, family: literal };
  }
  let addresses: Array<{ address: string; family: number }>;
  try {
    addresses = await lookup(name);
  } catch (err) {
    throw new ProviderError(`${name} does not resolve from here (${(err as NodeJS.ErrnoException).code ?? 'DNS error'}): a private-network name, or a host that no longer exists`);
  }
  if (!addresses.length) throw new ProviderError(`${name} does not resolve from here`);
  const bad = addresses.find((a) => isMetadataAddress(a.address));
  if (bad) throw new EgressError(`refused: ${name} resolves to ${bad.address}, a link-local or cloud-metadata address`);
  return { host: name, address: addresses[0].address, family: addresses[0].family };
}

// ---------------------------------------------------------------------------------------------------
// 2. What may be sent

const SQL_SESSION: RegExp[] = [
  /^BEGIN READ ONLY$/i,
  /^START TRANSACTION READ ONLY$/i,
  /^ROLLBACK$/i,
  /^SET default_transaction_read_only = on$/i,
  /^SET (?:SESSION )?statement_timeout = \d+$/i,
  /^SET (?:SESSION )?lock_timeout = \d+$/i,
  /^SET SESSION TRANSACTION READ ONLY$/i,
  /^SET SESSION max_statement_time = \d+(?:\.\d+)?$/i,
  /^SHOW GRANTS(?: FOR CURRENT_USER(?:\(\))?)?$/i,
];

// Inside a SELECT: words that write, lock, wait, reach files or programs, or signal other sessions.
// String literals are removed first, so `has_table_privilege(c.oid, 'DELETE')` passes.
const SQL_WRITES = new RegExp(
  '\\b(?:into|insert|update|delete|merge|upsert|replace|drop|truncate|alter|create|grant|revoke|copy|call|do|exec|execute|prepare|' +
    'vacuum|analyze|reindex|cluster|refresh|listen|notify|lock|for\\s+(?:update|share|no\\s+key|key)|set_config|setval|nextval|' +
    'pg_terminate_backend|pg_cancel_backend|pg_reload_conf|pg_rotate_logfile|pg_promote|pg_switch_wal|pg_create_restore_point|' +
    'pg_read_file|pg_read_binary_file|pg_ls_dir|pg_stat_file|pg_sleep\\w*|pg_advisory\\w*|lo_\\w+|dblink\\w*|sleep|benchmark|' +
    'load_file|get_lock|release_lock|outfile|dumpfile)\\b',
  'i',
);

/**
 * Refuses any SQL that is not a catalogue read or a read-only session setting. One statement, no
 * comments, no dollar quoting; SELECT without any writing or waiting word. Returns the statement.
 */
export function readOnlySql(sql: string): string {
  const s = sql.trim().replace(/\s+/g, ' ');
  if (!s) throw new EgressError('refused: empty SQL');
  const bare = s.replace(/'[^']*'/g, "''");
  if (/;|--|\/\*|#|\$\$|\\/.test(bare) || /'/.test(bare.replace(/''/g, ''))) {
    throw new EgressError(`refused: not a single plain statement: ${s.slice(0, 60)}`);
  }
  if (SQL_SESSION.some((r) => r.test(s))) return s;
  if (/^SELECT\b/i.test(s)) {
    const w = SQL_WRITES.exec(bare);
    if (w) throw new EgressError(`refused: "${w[0]}" in a SELECT is not a catalogue read`);
    return s;
  }
  throw new EgressError(`refused: ${s.split(' ').slice(0, 2).join(' ')} is not a read-only statement`);
}

// Redis: connection set-up and the ACL reads (ACL DRYRUN simulates a command "without … side effects",
// https://redis.io/commands/acl-dryrun/). Everything else, FLUSHALL included, is refused.
const REDIS_SIMPLE = new Set(['auth', 'select', 'ping', 'quit']);
const REDIS_ACL = new Set(['whoami', 'getuser', 'dryrun']);

/** Refuses any Redis command not on the read-only list; returns a label safe to print (never AUTH's arguments). */
export function readOnlyRedis(name: string, args: ReadonlyArray<unknown>): string {
  const cmd = String(name).toLowerCase();
  if (REDIS_SIMPLE.has(cmd)) return cmd.toUpperCase();
  if (cmd === 'acl') {
    const sub = String(args[0] ?? '').toLowerCase();
    if (REDIS_ACL.has(sub)) return sub === 'dryrun' ? `ACL DRYRUN ${args.slice(2).map(String).join(' ').toUpperCase()}`.trim() : `ACL ${sub.toUpperCase()}`;
    throw new EgressError(`refused: ACL ${sub.toUpperCase()} is not a read-only command`);
  }
  throw new EgressError(`refused: ${cmd.toUpperCase()} is not a read-only command`);
}

// ---------------------------------------------------------------------------------------------------
// 3. Guarded sessions

export interface DatabaseTarget {
  host: string;
  port: number;
  user?: string;
  password: string;
  database?: string;
  /** disable: plain; prefer: TLS if the server offers it (libpq's default); require: TLS, unverified; verify: TLS, verified. */
  tls: 'disable' | 'prefer' | 'require' | 'verify';
}

export interface SessionOptions {
  timeoutMs: number;
  lookup?: Lookup;
  /** The exact statements this provider reads (each also passes readOnlySql). */
  allow?: string[];
}

/** The server's documented answer that the credential is wrong. Its resolver returns `revoked`. */
export class AuthRejected extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'AuthRejected';
  }
}

export interface SqlSession {
  /** Runs one allowlisted statement; records it as evidence. */
  read<T = Record<string, unknown>>(sql: string, params?: unknown[]): Promise<T[]>;
  evidence: string[];
  address: AdmittedHost;
  close(): Promise<void>;
}

const norm = (s: string) => s.trim().replace(/\s+/g, ' ');

function admitStatement(sql: string, allow: Set<string> | undefined): string {
  const s = readOnlySql(sql);
  if (allow && !allow.has(s)) throw new EgressError(`refused: statement not on this provider's read list: ${s.slice(0, 60)}`);
  return s;
}

/** A short name for a statement: its first words and the catalogue it reads. */
export function statementLabel(sql: string): string {
  const s = norm(sql);
  const from = /\bFROM (\w+)/i.exec(s);
  if (/^SELECT/i.test(s)) return from ? `SELECT … FROM ${from[1]}` : s.length > 80 ? `${s.slice(0, 77)}…` : s;
  return s;
}

function withDeadline<T>(p: Promise<T>, ms: number, what: string, onTimeout: () => void): Promise<T> {
  let timer: NodeJS.Timeout;
  return Promise.race([
    p.finally(() => clearTimeout(timer)),
    new Promise<T>((_, reject) => {
      timer = setTimeout(() => {
        onTimeout();
        reject(new ProviderError(`${what}: no answer within ${ms} ms`));
      }, ms);
    }),
  ]);
}

/** PostgreSQL: 28P01 invalid_password is the documented authentication failure (https://www.postgresql.org/docs/current/errcodes-appendix.html). */
function postgresError(err: unknown): Error {
  const e = err as { code?: string; message?: string };
  if (e.code === '28P01') return new AuthRejected(`PostgreSQL refused the password (SQLSTATE 28P01 invalid_password)`);
  if (e instanceof EgressError || e instanceof ProviderError) return e;
  const code = e.code && /^[0-9A-Z]{5}$/.test(e.code) ? `SQLSTATE ${e.code}: ` : e.code ? `${e.code}: ` : '';
  return new ProviderError(`PostgreSQL: ${code}${e.message ?? String(err)}`);
}

export async function openPostgres(t: DatabaseTarget, o: SessionOptions): Promise<SqlSession> {
  const address = await admitDatabaseHost(t.host, o.lookup);
  const pg = commonJs(await import('pg'));
  const allow = o.allow ? new Set(o.allow.map(norm)) : undefined;
  const attempt = async (tls: boolean) => {
    const client = new pg.Client({
      host: address.address,
      port: t.port,
      user: t.user,
      password: t.password,
      database: t.database,
      // The TLS server name stays the URL's host although the socket goes to the resolved address.
      ssl: tls ? { servername: isIP(address.host) ? undefined : address.host, rejectUnauthorized: t.tls === 'verify' } : false,
      connectionTimeoutMillis: o.timeoutMs,
      query_timeout: o.timeoutMs,
      application_name: 'agent-blast-radius',
    });
    // The guard lives in the client: every query, whoever calls it, passes the allowlist first.
    const query = client.query.bind(client) as (...a: unknown[]) => Promise<unknown>;
    (client as unknown as { query: unknown }).query = (text: unknown, ...rest: unknown[]) => {
      const sql = typeof text === 'string' ? text : ((text as { text?: string })?.text ?? '');
      try {
        admitStatement(sql, allow);
      } catch (err) {
        return Promise.reject(err);
      }
      return query(text, ...rest);
    };
    client.on('error', () => {});
    try {
      await withDeadline(client.connect(), o.timeoutMs + 500, 'PostgreSQL connect', () => void client.end().catch(() => {}));
    } catch (err) {
      await client.end().catch(() => {});
      throw err;
    }
    return client;
  };
  let client: Awaited<ReturnType<typeof attempt>>;
  try {
    if (t.tls === 'prefer') {
      // libpq's default sslmode=prefer: TLS when the server offers it, else plain.
      try {
        client = await attempt(true);
      } catch (err) {
        if (!/does not support SSL/i.test((err as Error).message)) throw err;
        client = await attempt(false);
      }
    } else client = await attempt(t.tls !== 'disable');
  } catch (err) {
    throw postgresError(err);
  }
  const evidence: string[] = [`connect ${address.host}:${t.port}${address.address !== address.host ? ` (${address.address})` : ''}`];
  const c = client;
  return {
    evidence,
    address,
    async read<T>(sql: string, params?: unknown[]) {
      evidence.push(statementLabel(sql));
      try {
        const r = await withDeadline(c.query(sql, params), o.timeoutMs + 500, 'PostgreSQL statement', () => void c.end().catch(() => {}));
        return r.rows as T[];
      } catch (err) {
        throw postgresError(err);
      }
    },
    close: () => c.end().catch(() => {}),
  };
}

/** MySQL/MariaDB: 1045 ER_ACCESS_DENIED_ERROR is the documented failed login (https://dev.mysql.com/doc/mysql-errors/8.4/en/server-error-reference.html). */
function mysqlError(err: unknown): Error {
  const e = err as { errno?: number; code?: string; message?: string };
  if (e.errno === 1045 || e.code === 'ER_ACCESS_DENIED_ERROR') {
    return new AuthRejected('the server refused the login (error 1045 ER_ACCESS_DENIED_ERROR: a wrong password, or an account not allowed from this address)');
  }
  if (e instanceof EgressError || e instanceof ProviderError) return e;
  return new ProviderError(`MySQL: ${e.code ? `${e.code}: ` : ''}${e.message ?? String(err)}`);
}

export async function openMysql(t: DatabaseTarget, o: SessionOptions): Promise<SqlSession> {
  const address = await admitDatabaseHost(t.host, o.lookup);
  const mysql = commonJs(await import('mysql2/promise'));
  const allow = o.allow ? new Set(o.allow.map(norm)) : undefined;
  let conn: Awaited<ReturnType<typeof mysql.createConnection>>;
  try {
    conn = await withDeadline(
      mysql.createConnection({
        // `host` names the server for TLS; the socket itself goes to the admitted address.
        host: address.host,
        port: t.port,
        stream: () => netConnect(t.port, address.address) as Socket,
        user: t.user,
        password: t.password,
        connectTimeout: o.timeoutMs,
        ssl: t.tls === 'require' || t.tls === 'verify' ? { rejectUnauthorized: t.tls === 'verify' } : undefined,
        multipleStatements: false,
      }),
      o.timeoutMs + 500,
      'MySQL connect',
      () => {},
    );
  } catch (err) {
    throw mysqlError(err);
  }
  conn.on('error', () => {});
  const raw = conn.query.bind(conn) as (...a: unknown[]) => Promise<unknown>;
  (conn as unknown as { query: unknown; execute: unknown }).query = (q: unknown, ...rest: unknown[]) => {
    try {
      admitStatement(typeof q === 'string' ? q : ((q as { sql?: string })?.sql ?? ''), allow);
    } catch (err) {
      return Promise.reject(err);
    }
    return raw(q, ...rest);
  };
  (conn as unknown as { execute: unknown }).execute = () => Promise.reject(new EgressError('refused: prepared statements are not used'));
  const evidence: string[] = [`connect ${address.host}:${t.port}${address.address !== address.host ? ` (${address.address})` : ''}`];
  return {
    evidence,
    address,
    async read<T>(sql: string, params?: unknown[]) {
      evidence.push(statementLabel(sql));
      try {
        const [rows] = (await withDeadline(conn.query({ sql, values: params, timeout: o.timeoutMs }), o.timeoutMs + 500, 'MySQL statement', () => conn.destroy())) as [T[], unknown];
        return rows;
      } catch (err) {
        throw mysqlError(err);
      }
    },
    close: () => conn.end().catch(() => conn.destroy()),
  };
}

export interface RedisSession {
  /** Runs one read-only command; its reply, or the server's error reply as `{ error }`. */
  command(name: string, ...args: string[]): Promise<{ reply?: unknown; error?: string }>;
  evidence: string[];
  address: AdmittedHost;
  close(): Promise<void>;
}

/**
 * Redis: WRONGPASS (6+) and "invalid password" (≤5) answer AUTH with a wrong password; NOAUTH answers a
 * command sent without one (https://redis.io/docs/latest/commands/auth/).
 */
function redisError(err: unknown): Error {
  const m = (err as Error)?.message ?? String(err);
  if (/^(?:WRONGPASS|NOAUTH)\b/.test(m) || /^ERR invalid (?:username-)?password/i.test(m)) return new AuthRejected(`Redis refused the credential (${m.split(/[\s.]/)[0]})`);
  if (err instanceof EgressError || err instanceof ProviderError) return err;
  return new ProviderError(`Redis: ${m}`);
}

export async function openRedis(t: DatabaseTarget & { tls: 'disable' | 'require' | 'verify' }, o: SessionOptions): Promise<RedisSession> {
  const address = await admitDatabaseHost(t.host, o.lookup);
  const { Redis } = commonJs(await import('ioredis'));
  const evidence: string[] = [`connect ${address.host}:${t.port}${address.address !== address.host ? ` (${address.address})` : ''}`];
  const client = new Redis({
    host: address.address,
    port: t.port,
    username: t.user || undefined,
    password: t.password,
    db: /^\d+$/.test(t.database ?? '') ? Number(t.database) : 0,
    tls: t.tls === 'disable' ? undefined : { servername: isIP(address.host) ? undefined : address.host, rejectUnauthorized: t.tls === 'verify' },
    lazyConnect: true,
    connectTimeout: o.timeoutMs,
    commandTimeout: o.timeoutMs,
    retryStrategy: () => null,
    maxRetriesPerRequest: 0,
    enableReadyCheck: false,
    enableOfflineQueue: true,
    disableClientInfo: true,
    autoResubscribe: false,
    reconnectOnError: null,
    protocol: 2,
  });
  // The guard lives in the client: every command, the driver's own hand-shake included, passes it.
  const send = client.sendCommand.bind(client);
  client.sendCommand = ((cmd: { name: string; args: unknown[]; reject: (e: Error) => void; promise: Promise<unknown> }, stream?: unknown) => {
    try {
      readOnlyRedis(cmd.name, cmd.args);
    } catch (err) {
      cmd.reject(err as Error);
      return cmd.promise;
    }
    return send(cmd as never, stream as never);
  }) as typeof client.sendCommand;
  let lastError: Error | undefined;
  client.on('error', (e: Error) => (lastError = e));
  try {
    await withDeadline(client.connect(), o.timeoutMs + 500, 'Redis connect', () => client.disconnect());
    if (t.password) evidence.push('AUTH');
    // AUTH runs in the hand-shake; a refused AUTH surfaces as the connection's error or the first reply.
    await client.call('PING');
  } catch (err) {
    client.disconnect();
    throw redisError(lastError && /WRONGPASS|NOAUTH|invalid password/i.test(lastError.message) ? lastError : err);
  }
  return {
    evidence,
    address,
    async command(name: string, ...args: string[]) {
      evidence.push(readOnlyRedis(name, args));
      try {
        return { reply: await client.call(name, ...args) };
      } catch (err) {
        if (err instanceof EgressError) throw err;
        const m = (err as Error).message ?? '';
        // An error reply (NOPERM, unknown command) is an answer; a closed connection or timeout is not.
        if (/^[A-Z]+ /.test(m) && !/^(?:WRONGPASS|NOAUTH)/.test(m) && !/Connection is closed|timed out|Command timed out/i.test(m)) return { error: m };
        throw redisError(err);
      }
    },
    close: async () => {
      client.disconnect();
    },
  };
}
