// Database and cache credentials against real PostgreSQL, MariaDB and Redis servers started by
// test/setup/databases.ts: each privilege shape gives its verdict, probing changes nothing on the servers,
// failures degrade to unknown or revoked without stalling, and nothing is sent unless --probe-databases.
import { scopeJson as rendered } from '../src/report/resources.js';
import { readFileSync, writeFileSync } from 'node:fs';
import { createServer, type Server as NetServer, type Socket } from 'node:net';
import { afterAll, describe, expect, inject, it } from 'vitest';
import mongodb, { connectionStatusVerdict, type ConnectionStatus } from '../scopes/mongodb.js';
import { parseGrant } from '../scopes/mysql.js';
import { classifyHost } from '../scopes/lib/database.js';
import * as fake from '../src/detect/fake.js';
import { admitDatabaseHost, isMetadataAddress, openPostgres, openRedis, readOnlyRedis, readOnlySql } from '../src/resolve/database-egress.js';
import { EgressError } from '../src/resolve/egress.js';
import { toJson } from '../src/report/json.js';
import { detectText } from '../src/detect/text.js';
import { scan } from './helpers.js';
import type { Result, ScanReport } from '../src/types.js';
import { cliAsync, NO_NETWORK, scanDefaults, workspace } from './helpers.js';

const db = inject('databases');
let ran = 0;
afterAll(() => writeFileSync(db.reportFile, JSON.stringify({ ran })));

/** Marks a test as one that used a real server (counted in the summary line .ci/run prints). */
const used = () => void ran++;

// The test servers listen on loopback, which on its own reaches only this machine (no root, no production,
// no backups); mapped to an environment like a tunnel would be, they stand for the servers they model.
const ON_LOOPBACK = { '127.0.0.1': 'staging' };
const probe = { ...scanDefaults, offline: false, env: NO_NETWORK, timeoutMs: 3_000, probeDatabases: true, environments: ON_LOOPBACK };

async function scanOne(file: string, text: string, extra: Partial<typeof probe> & { environments?: Record<string, string> } = {}): Promise<ScanReport> {
  return scan({ ...probe, ...extra, root: workspace({ [file]: text }) });
}

/** A connection URL built at run time, so this file holds none a detector would match. */
const dsn = (scheme: string, user: string, password: string, rest: string) => `${scheme}://${user}:${password}@${rest}`;

const rules = (r: ScanReport) => r.results.map((x) => x.ruleId);
const only = (r: ScanReport): Result => r.results[0];

// -------------------------------------------------------------------------------------------------
describe('pre-connect check: never a link-local or cloud-metadata address', () => {
  it.each(['169.254.169.254', '169.254.0.1', 'fd00:ec2::254', 'fe80::1', '[fe80::1]', '100.100.100.200', '::ffff:169.254.169.254'])('refuses the address %s', async (host) => {
    await expect(admitDatabaseHost(host, async () => [])).rejects.toThrow(EgressError);
  });

  it.each(['metadata.google.internal', 'metadata.google.internal.', 'METADATA.GOOGLE.INTERNAL', 'metadata', 'instance-data.ec2.internal'])(
    'refuses the name %s before any DNS lookup',
    async (host) => {
      let looked = 0;
      await expect(admitDatabaseHost(host, async () => (looked++, [{ address: '10.0.0.1', family: 4 }]))).rejects.toThrow(/metadata/);
      expect(looked).toBe(0);
    },
  );

  it('refuses a name that resolves to a metadata address, even as one of several', async () => {
    const lookup = async () => [
      { address: '127.0.0.1', family: 4 },
      { address: '169.254.169.254', family: 4 },
    ];
    await expect(admitDatabaseHost('db.example.com', lookup)).rejects.toThrow(/169\.254\.169\.254/);
  });

  it('connects to the address it resolved (no second lookup), and keeps the name for TLS', async () => {
    expect(await admitDatabaseHost('db.example.com', async () => [{ address: '127.0.0.1', family: 4 }])).toEqual({ host: 'db.example.com', address: '127.0.0.1', family: 4 });
    expect(await admitDatabaseHost('127.0.0.1')).toMatchObject({ address: '127.0.0.1' });
    expect(isMetadataAddress('10.0.0.1')).toBe(false);
  });

  it('a scan with probing refuses a metadata host: unknown, the reason said, the offline verdict kept', async () => {
    const pw = fake.password();
    const r = await scanOne('.env', `DATABASE_URL=${dsn('postgres', 'postgres', pw, '169.254.169.254:5432/app')}\nCACHE_URL=${dsn('redis', '', fake.password(), 'metadata.google.internal:6379')}\n`);
    expect(r.results.length).toBeGreaterThan(0);
    for (const x of r.results) {
      expect(x.scope.status).toBe('unknown');
      expect(x.scope.reason).toMatch(/not resolved: refused: .*(link-local|metadata)/);
    }
    expect(rules(r)).toContain('ABR001');
  });
});

// -------------------------------------------------------------------------------------------------
describe('read-only guard: refused before a byte is sent', () => {
  it.each([
    'DROP DATABASE shop',
    'DROP TABLE orders',
    'DELETE FROM orders',
    'TRUNCATE orders',
    'UPDATE orders SET total = 0',
    'INSERT INTO orders VALUES (9, 9)',
    'ALTER ROLE app SUPERUSER',
    'GRANT ALL ON orders TO app',
    'CREATE TABLE x (a int)',
    "COPY orders TO PROGRAM 'sh'",
    'SET ROLE postgres',
    'SET default_transaction_read_only = off',
    'SELECT 1; DROP TABLE orders',
    'SELECT 1 -- comment',
    'SELECT * INTO backup FROM orders',
    'SELECT * FROM orders FOR UPDATE',
    'SELECT pg_terminate_backend(1)',
    "SELECT set_config('default_transaction_read_only', 'off', false)",
    "SELECT nextval('orders_id_seq')",
    'SELECT pg_sleep(10)',
    'SELECT lo_unlink(1)',
    'START TRANSACTION',
    'BEGIN',
    'FLUSH PRIVILEGES',
    '',
  ])('SQL: %s', (sql) => {
    expect(() => readOnlySql(sql)).toThrow(EgressError);
  });

  it.each([
    'BEGIN READ ONLY',
    'START TRANSACTION READ ONLY',
    'SET default_transaction_read_only = on',
    'SET statement_timeout = 3000',
    'ROLLBACK',
    'SHOW GRANTS',
    'SELECT rolsuper, rolcreaterole FROM pg_roles WHERE rolname = current_user',
    "SELECT has_table_privilege(c.oid, 'DELETE') FROM pg_class c",
    'SELECT CURRENT_USER() AS account, VERSION() AS version',
  ])('SQL admitted: %s', (sql) => {
    expect(readOnlySql(sql)).toBe(sql);
  });

  it.each([
    ['FLUSHALL', []],
    ['FLUSHDB', []],
    ['flushall', ['ASYNC']],
    ['CONFIG', ['SET', 'dir', '/tmp']],
    ['DEL', ['k']],
    ['SET', ['k', 'v']],
    ['SHUTDOWN', []],
    ['EVAL', ['return 1', '0']],
    ['ACL', ['SETUSER', 'x', 'on']],
    ['ACL', ['DELUSER', 'x']],
    ['DEBUG', ['SLEEP', '1']],
  ] as const)('Redis: %s %s', (name, args) => {
    expect(() => readOnlyRedis(name, args)).toThrow(EgressError);
  });

  it('Redis admits the ACL reads and set-up, and never labels AUTH with its arguments', () => {
    const pw = fake.password();
    expect(readOnlyRedis('auth', ['user', pw])).toBe('AUTH');
    expect(readOnlyRedis('acl', ['WHOAMI'])).toBe('ACL WHOAMI');
    expect(readOnlyRedis('acl', ['GETUSER', 'app'])).toBe('ACL GETUSER');
    expect(readOnlyRedis('ACL', ['DRYRUN', 'app', 'FLUSHALL'])).toBe('ACL DRYRUN FLUSHALL');
  });

  it.skipIf(!db.postgres)('the guard sits in the driver: a PostgreSQL session refuses DROP and DELETE, the table survives', async () => {
    used();
    const u = new URL(db.postgres!.urls.superuser);
    const s = await openPostgres({ host: '127.0.0.1', port: Number(u.port), user: 'abr_super', password: decodeURIComponent(u.password), database: 'shop', tls: 'disable' }, { timeoutMs: 3000 });
    try {
      await expect(s.read('DROP TABLE orders')).rejects.toThrow(/refused/);
      await expect(s.read('DELETE FROM orders')).rejects.toThrow(/refused/);
      expect(await s.read<{ n: string }>('SELECT count(*) AS n FROM orders')).toEqual([{ n: '3' }]);
    } finally {
      await s.close();
    }
  });

  it.skipIf(!db.redis)('the guard sits in the driver: a Redis session refuses FLUSHALL and DEL, the keys survive', async () => {
    used();
    const u = new URL(db.redis!.urls.full);
    const s = await openRedis({ host: '127.0.0.1', port: Number(u.port), user: 'abr_full', password: decodeURIComponent(u.password), tls: 'disable' }, { timeoutMs: 3000 });
    try {
      await expect(s.command('FLUSHALL')).rejects.toThrow(/refused/);
      await expect(s.command('DEL', 'app:1')).rejects.toThrow(/refused/);
      expect((await s.command('ACL', 'DRYRUN', 'abr_full', 'FLUSHALL')).reply).toBe('OK');
    } finally {
      await s.close();
    }
    expect(await redisKeys()).toEqual(['app:1', 'app:2', 'other']);
  });
});

// -------------------------------------------------------------------------------------------------
describe('host classification (offline)', () => {
  it.each([
    ['orders.c1abc2def3.us-east-1.rds.amazonaws.com', { service: 'AWS RDS', network: 'public' }],
    ['myapp-prod.c1abc2def3.eu-west-1.rds.amazonaws.com', { service: 'AWS RDS', environment: 'production' }],
    ['db.abcdefghijklmnop.supabase.co', { service: 'Supabase' }],
    ['aws-0-eu-central-1.pooler.supabase.com', { service: 'Supabase' }],
    ['ep-cool-darkness-123456.us-east-2.aws.neon.tech', { service: 'Neon' }],
    ['postgres.railway.internal', { service: 'Railway (private network)', network: 'private' }],
    ['roundhouse.proxy.rlwy.net', { service: 'Railway (public TCP proxy)', network: 'public' }],
    ['cluster0.ab1cd.mongodb.net', { service: 'MongoDB Atlas' }],
    ['redis-12345.c1.us-east-1-2.ec2.redns.redis-cloud.com', { service: 'Redis Cloud' }],
    ['cache-prod.abc123.use1.cache.amazonaws.com', { service: 'AWS ElastiCache', environment: 'production' }],
    ['pg.staging.internal', { environment: 'staging', network: 'private' }],
    ['db-prod.example.net', { environment: 'production', network: 'public' }],
    ['127.0.0.1', { environment: 'development', network: 'loopback' }],
    ['localhost', { network: 'loopback' }],
    ['10.0.3.4', { network: 'private' }],
  ] as const)('%s', (host, expected) => {
    expect(classifyHost(host)).toMatchObject(expected);
  });

  it('the configuration map wins over the name', () => {
    expect(classifyHost('127.0.0.1', { '127.0.0.1': 'production' })).toMatchObject({ environment: 'production' });
  });

  it('a production-named host in a staging file: ABR002 (inferred offline), superuser-by-name ABR001 inferred', async () => {
    const r = await scanOne('.env.staging', `DATABASE_URL=${dsn('postgres', 'postgres', fake.password(), 'orders-prod.c1abc2def3.us-east-1.rds.amazonaws.com:5432/orders')}\n`, { offline: true });
    expect(rules(r)).toEqual(['ABR001', 'ABR002', 'ABR003']);
    expect(r.results.every((x) => x.certainty === 'inferred')).toBe(true);
    expect(r.results[0].scope.inferred.join(' ')).toMatch(/AWS RDS/);
  });

  it('libpq key/value strings are parsed into host, port, database and user', () => {
    const pw = fake.password();
    const [f] = detectText({
      source: { path: 'app.py', origin: 'workspace' },
      text: `conn = psycopg2.connect("host=db.prod.example.com port=6432 dbname=orders user=etl password=${pw} sslmode=require")\n`,
    });
    expect(f).toMatchObject({
      detectorId: 'libpq-keyword-password',
      provider: 'postgres',
      secret: pw,
      facts: { host: 'db.prod.example.com', port: '6432', database: 'orders', user: 'etl', sslmode: 'require' },
    });
    expect(f.redacted).not.toContain(pw);
  });
});

// -------------------------------------------------------------------------------------------------
describe('MongoDB stays shape-only: connectionStatus answers mapped to verdicts', () => {
  const recorded = (name: string) => JSON.parse(readFileSync(new URL(`fixtures/mongodb/${name}.json`, import.meta.url), 'utf8')) as ConnectionStatus;
  const [f] = detectText({ source: { path: '.env', origin: 'workspace' }, text: `MONGO_URL=${dsn('mongodb+srv', 'app', fake.password(), 'cluster0.ab1cd.mongodb.net/shop')}\n` });

  it('has no driver: never contacted, even with --probe-databases', () => {
    expect(mongodb.resolve).toBeUndefined();
  });

  it('root → root, dropDatabase on every database', () => {
    const s = connectionStatusVerdict(recorded('root'), 'cluster0.ab1cd.mongodb.net', f, { environments: {} }, ['connectionStatus']);
    expect(s).toMatchObject({ status: 'live', root: true, certainty: 'confirmed' });
    expect(s.destroy.map((d) => d.action)).toEqual(['dropDatabase', 'drop']);
    expect(rendered(s).destroy[0].resource).toMatch(/every database on cluster0\.ab1cd\.mongodb\.net \(MongoDB Atlas\)/);
  });

  it('dbOwner → not root, dropDatabase on its database', () => {
    const s = connectionStatusVerdict(recorded('dbowner'), 'h', f, { environments: {} }, []);
    expect(s.root).toBe(false);
    expect(rendered(s).destroy.find((d) => d.action === 'dropDatabase')!.resource).toMatch(/database shop/);
  });

  it('readWrite → can drop collections of its database (readWrite includes dropCollection)', () => {
    const s = connectionStatusVerdict(recorded('readwrite'), 'h', f, { environments: {} }, []);
    expect(s.destroy.map((d) => d.action)).toEqual(['drop']);
    expect(rendered(s).reach.resources.join(' ')).toMatch(/remove \(deleteMany\) on database shop/);
  });

  it('read → no destroy primitive', () => {
    const s = connectionStatusVerdict(recorded('read'), 'h', f, { environments: {} }, []);
    expect(s).toMatchObject({ root: false, destroy: [] });
  });
});

describe('SHOW GRANTS lines', () => {
  it.each([
    ['GRANT ALL PRIVILEGES ON *.* TO `root`@`localhost` WITH GRANT OPTION', { privileges: ['ALL PRIVILEGES'], on: '*.*', level: 'global', grantOption: true }],
    ["GRANT USAGE ON *.* TO `ro`@`%` IDENTIFIED BY PASSWORD '*0123456789ABCDEF'", { privileges: ['USAGE'], on: '*.*', level: 'global', grantOption: false }],
    ['GRANT SELECT, INSERT, UPDATE, DELETE, DROP ON `shop`.* TO `app`@`%`', { privileges: ['SELECT', 'INSERT', 'UPDATE', 'DELETE', 'DROP'], on: 'shop.*', level: 'database' }],
    ['GRANT DELETE ON `shop`.`orders` TO `d`@`%`', { privileges: ['DELETE'], on: 'shop.orders', level: 'table' }],
    ['GRANT SELECT (`id`, `total`), UPDATE (`total`) ON `shop`.`orders` TO `c`@`%`', { privileges: ['SELECT', 'UPDATE'], on: 'shop.orders', level: 'table' }],
    ['GRANT EXECUTE ON PROCEDURE `shop`.`p` TO `e`@`%`', { level: 'routine' }],
  ] as const)('%s', (line, expected) => {
    expect(parseGrant(line)).toMatchObject(expected);
  });

  it('keeps nothing of a password hash', () => {
    expect(JSON.stringify(parseGrant("GRANT USAGE ON *.* TO `ro`@`%` IDENTIFIED BY PASSWORD '*0123456789ABCDEF'"))).not.toContain('0123456789ABCDEF');
  });
});

// -------------------------------------------------------------------------------------------------
// Before/after snapshots through the tests' own admin connections: probing must change nothing.

async function postgresSnapshot(): Promise<string> {
  const { default: pg } = await import('pg');
  const a = db.postgres!.admin;
  const out: unknown[] = [];
  for (const database of ['postgres', 'shop', 'owned_app']) {
    const c = new pg.Client({ host: String(a.host), port: Number(a.port), user: String(a.user), database });
    await c.connect();
    try {
      if (database === 'postgres') {
        out.push((await c.query('SELECT rolname, rolsuper, rolcreaterole, rolcreatedb, rolcanlogin FROM pg_roles ORDER BY rolname')).rows);
        out.push((await c.query('SELECT datname, datdba FROM pg_database ORDER BY datname')).rows);
      }
      out.push((await c.query("SELECT table_name, privilege_type, grantee FROM information_schema.role_table_grants WHERE table_schema = 'public' ORDER BY 1, 2, 3")).rows);
      if (database === 'shop') out.push((await c.query('SELECT (SELECT count(*) FROM orders) AS o, (SELECT count(*) FROM customers) AS c')).rows);
    } finally {
      await c.end();
    }
  }
  return JSON.stringify(out);
}

async function mysqlSnapshot(): Promise<string> {
  const mysql = await import('mysql2/promise');
  const c = await mysql.createConnection({ socketPath: String(db.mysql!.admin.socket), user: 'root' });
  try {
    const out: unknown[] = [];
    out.push((await c.query('SELECT user, host FROM mysql.user ORDER BY user, host'))[0]);
    out.push((await c.query('SHOW DATABASES'))[0]);
    out.push((await c.query('SELECT (SELECT COUNT(*) FROM shop.orders) AS o, (SELECT COUNT(*) FROM shop.customers) AS c'))[0]);
    for (const u of ['abr_root', 'abr_owner', 'abr_reader', 'abr_deleter']) out.push((await c.query(`SHOW GRANTS FOR '${u}'@'%'`))[0]);
    return JSON.stringify(out);
  } finally {
    await c.end();
  }
}

async function redisAdmin<T>(fn: (r: import('ioredis').Redis) => Promise<T>): Promise<T> {
  const { Redis } = await import('ioredis');
  const r = new Redis({ host: '127.0.0.1', port: Number(db.redis!.admin.port), password: String(db.redis!.admin.password), lazyConnect: true, retryStrategy: () => null });
  await r.connect();
  try {
    return await fn(r);
  } finally {
    r.disconnect();
  }
}
const redisKeys = () => redisAdmin(async (r) => (await r.keys('*')).sort());
const redisSnapshot = () => redisAdmin(async (r) => JSON.stringify([(await r.keys('*')).sort(), await r.call('ACL', 'LIST'), await r.dbsize()]));

/** One scan with a line per privilege shape; results by the URL's user. */
async function probeAll(urls: Record<string, string>, extra: Parameters<typeof scanOne>[2] = {}) {
  const lines = Object.entries(urls).map(([k, u]) => `${k.toUpperCase()}_URL=${u}`);
  const report = await scanOne('.env', lines.join('\n') + '\n', extra);
  const byLine = (key: string) => {
    const line = Object.keys(urls).indexOf(key) + 1;
    return { results: report.results.filter((r) => r.finding.line === line), revoked: report.revoked.filter((f) => f.line === line) };
  };
  return { report, byLine };
}

const ids = (rs: Result[]) => rs.map((r) => r.ruleId);

// -------------------------------------------------------------------------------------------------
describe.skipIf(!db.postgres)('PostgreSQL privilege shapes', () => {
  let snapshot = '';
  let shapes: Awaited<ReturnType<typeof probeAll>>;
  let plain: ScanReport | undefined;

  it('probing every shape leaves roles, databases, grants and rows unchanged', async () => {
    used();
    snapshot = await postgresSnapshot();
    const { tlsDisabled, ...urls } = db.postgres!.urls;
    shapes = await probeAll(urls);
    // The same credential with sslmode=disable is the same secret: resolved once per scan, so its own scan.
    if (tlsDisabled) plain = await scanOne('.env', `TLS_URL=${tlsDisabled}\n`);
    expect(await postgresSnapshot()).toBe(snapshot);
  });

  it('superuser → ABR001 + ABR003 confirmed, live, every database named', () => {
    used();
    const { results } = shapes.byLine('superuser');
    expect(ids(results)).toEqual(['ABR001', 'ABR003']);
    expect(results.every((r) => r.certainty === 'confirmed')).toBe(true);
    const s = results[0].scope;
    expect(s).toMatchObject({ status: 'live', resolution: 'online', root: true, tokenKind: 'superuser-connection', identity: 'abr_super@127.0.0.1/shop' });
    expect(s.destroy[0]).toMatchObject({ action: 'DROP DATABASE', certainty: 'confirmed' });
    expect(rendered(s).destroy[0].resource).toMatch(/owned_app, postgres, shop/);
    expect(s.evidence).toEqual(expect.arrayContaining(['SET default_transaction_read_only = on', 'BEGIN READ ONLY', 'SELECT … FROM pg_roles', 'ROLLBACK']));
  });

  it('owner of one database → ABR003 naming it (DROP DATABASE owned_app), not root', () => {
    used();
    const { results } = shapes.byLine('owner');
    expect(ids(results)).toEqual(['ABR003']);
    expect(results[0].scope.root).toBe(false);
    const d = rendered(results[0].scope).destroy;
    expect(d.find((x) => x.action === 'DROP DATABASE')!.resource).toMatch(/^owned_app on 127\.0\.0\.1/);
    expect(d.find((x) => x.action === 'DROP SCHEMA … CASCADE')!.resource).toMatch(/public of owned_app/);
  });

  it('read-only → ABR006 only', () => {
    used();
    const { results } = shapes.byLine('reader');
    expect(ids(results)).toEqual(['ABR006']);
    expect(results[0].scope).toMatchObject({ status: 'live', root: false, destroy: [] });
  });

  it("table-level DELETE → ABR006, the DELETE listed (an application role's everyday right)", () => {
    used();
    const { results } = shapes.byLine('deleter');
    expect(ids(results)).toEqual(['ABR006']);
    expect(rendered(results[0].scope).reach.resources.join(' ')).toMatch(/DELETE on public\.orders in shop/);
  });

  it('table-level TRUNCATE → ABR003 naming the table', () => {
    used();
    const { results } = shapes.byLine('truncater');
    expect(ids(results)).toEqual(['ABR003']);
    expect(rendered(results[0].scope).destroy).toEqual([{ action: 'TRUNCATE', resource: 'public.orders in shop', destroysBackups: false, certainty: 'confirmed' }]);
  });

  it('wrong password → revoked (28P01), no rule fires', () => {
    used();
    const { results, revoked } = shapes.byLine('wrongPassword');
    expect(results).toEqual([]);
    expect(revoked).toHaveLength(1);
  });

  it.skipIf(!db.postgres?.urls.tls)("a TLS-only user: live over TLS (sslmode prefer, libpq's default); unknown, not revoked, with sslmode=disable", () => {
    used();
    expect(ids(shapes.byLine('tls').results)).toEqual(['ABR006']);
    const r = only(plain!);
    expect(r.scope.status).toBe('unknown');
    expect(r.scope.reason).toMatch(/SQLSTATE 28000.*no encryption/);
    expect(plain!.revoked).toEqual([]);
  });

  it('libpq key/value, .pgpass and JDBC forms reach the same resolver', async () => {
    used();
    const sup = new URL(db.postgres!.urls.superuser);
    const tr = new URL(db.postgres!.urls.truncater);
    const port = sup.port;
    const r = await scan({
      ...probe,
      root: workspace({
        'app.py': `DSN = "host=127.0.0.1 port=${port} dbname=shop user=abr_super ${['password', decodeURIComponent(sup.password)].join('=')}"\n`,
        '.pgpass': `127.0.0.1:${port}:shop:abr_super:${decodeURIComponent(sup.password)}x\n`,
        'application.properties': `spring.datasource.url=jdbc:postgresql://127.0.0.1:${port}/shop?user=abr_truncater&${['password', decodeURIComponent(tr.password)].join('=')}\n`,
      }),
    });
    const by = (p: string) => r.results.filter((x) => x.finding.path === p);
    expect(ids(by('app.py'))).toEqual(['ABR001', 'ABR003']);
    expect(r.revoked.map((f) => f.path)).toEqual(['.pgpass']);
    expect(ids(by('application.properties'))).toEqual(['ABR003']);
    expect(by('application.properties')[0].scope.destroy[0].action).toBe('TRUNCATE');
  });

  it('a host mapped to production, reached from a staging file → ABR002 confirmed', async () => {
    used();
    const r = await scanOne('.env.staging', `DATABASE_URL=${db.postgres!.urls.reader}\n`, { environments: { '127.0.0.1': 'production' } });
    expect(ids(r.results)).toEqual(['ABR002']);
    expect(r.results[0]).toMatchObject({ certainty: 'confirmed', scope: { status: 'live', reach: { environments: ['production'] } } });
  });
});

// -------------------------------------------------------------------------------------------------
describe.skipIf(!db.mysql)('MariaDB privilege shapes', () => {
  let shapes: Awaited<ReturnType<typeof probeAll>>;

  it('probing every shape leaves users, grants, databases and rows unchanged', async () => {
    used();
    const before = await mysqlSnapshot();
    shapes = await probeAll(db.mysql!.urls);
    expect(await mysqlSnapshot()).toBe(before);
  });

  it('ALL PRIVILEGES ON *.* → ABR001 + ABR003 confirmed', () => {
    used();
    const { results } = shapes.byLine('root');
    expect(ids(results)).toEqual(['ABR001', 'ABR003']);
    expect(results[0].scope).toMatchObject({ status: 'live', root: true, identity: 'abr_root@% on 127.0.0.1' });
    expect(rendered(results[0].scope).destroy[0]).toMatchObject({ action: 'DROP DATABASE', resource: 'every database on 127.0.0.1', certainty: 'confirmed' });
    expect(rendered(results[0].scope).reach.resources.join(' ')).toMatch(/WITH GRANT OPTION on every database/);
    expect(results[0].scope.evidence).toEqual([
      'connect 127.0.0.1:' + db.mysql!.port,
      'START TRANSACTION READ ONLY',
      'SELECT CURRENT_USER() AS account, VERSION() AS version',
      'SHOW GRANTS',
      'ROLLBACK',
    ]);
  });

  it('ALL on one database → ABR003 naming it', () => {
    used();
    const { results } = shapes.byLine('owner');
    expect(ids(results)).toEqual(['ABR003']);
    expect(rendered(results[0].scope).destroy).toEqual([{ action: 'DROP DATABASE', resource: 'shop on 127.0.0.1', destroysBackups: false, certainty: 'confirmed' }]);
  });

  it('SELECT only → ABR006 only', () => {
    used();
    expect(ids(shapes.byLine('reader').results)).toEqual(['ABR006']);
  });

  it('DELETE on one table → ABR006, the DELETE listed', () => {
    used();
    const { results } = shapes.byLine('deleter');
    expect(ids(results)).toEqual(['ABR006']);
    expect(rendered(results[0].scope).reach.resources.join(' ')).toMatch(/DELETE on shop\.orders/);
  });

  it('wrong password → revoked (1045)', () => {
    used();
    const { results, revoked } = shapes.byLine('wrongPassword');
    expect(results).toEqual([]);
    expect(revoked).toHaveLength(1);
  });
});

// -------------------------------------------------------------------------------------------------
describe.skipIf(!db.redis)('Redis ACL shapes', () => {
  let shapes: Awaited<ReturnType<typeof probeAll>>;

  it('probing every shape leaves keys and ACL users unchanged', async () => {
    used();
    const before = await redisSnapshot();
    shapes = await probeAll(db.redis!.urls);
    expect(await redisSnapshot()).toBe(before);
  });

  it('the default user with a password (no ACL rules) → ABR001 + ABR003 + ABR004 confirmed', () => {
    used();
    const { results } = shapes.byLine('default');
    expect(ids(results)).toEqual(['ABR001', 'ABR003', 'ABR004']);
    expect(results.every((r) => r.certainty === 'confirmed')).toBe(true);
    expect(results[0].scope).toMatchObject({ status: 'live', root: true, identity: `default@127.0.0.1:${db.redis!.port}` });
    expect(results[0].scope.destroy[0]).toMatchObject({ action: 'FLUSHALL', destroysBackups: true, certainty: 'confirmed' });
    expect(results[0].scope.evidence).toEqual(expect.arrayContaining(['AUTH', 'ACL WHOAMI', 'ACL GETUSER', 'ACL DRYRUN FLUSHALL']));
  });

  it('an ACL user with +@all ~* → root as well', () => {
    used();
    expect(ids(shapes.byLine('full').results)).toEqual(['ABR001', 'ABR003', 'ABR004']);
  });

  it('FLUSHALL allowed but not root (own keys, no ACL SETUSER) → ABR003 + ABR004', () => {
    used();
    const { results } = shapes.byLine('flusher');
    expect(ids(results)).toEqual(['ABR003', 'ABR004']);
    expect(results[0].scope.root).toBe(false);
  });

  it('everything but FLUSHALL/FLUSHDB (and the commands that would give them back) → ABR006 only, confirmed by ACL DRYRUN', () => {
    used();
    const { results } = shapes.byLine('noflush');
    expect(ids(results)).toEqual(['ABR006']);
    expect(results[0].scope.inferred).toEqual([]);
    expect(rendered(results[0].scope).reach.resources.join(' ')).toMatch(/-flushall/);
  });

  it('a read-only user that may not ask ACL DRYRUN → ABR006, saying what was not asked', () => {
    used();
    const { results } = shapes.byLine('reader');
    expect(ids(results)).toEqual(['ABR006']);
    expect(results[0].scope.inferred.join(' ')).toMatch(/may not run ACL DRYRUN/);
  });

  it('wrong password → revoked (WRONGPASS)', () => {
    used();
    const { results, revoked } = shapes.byLine('wrongPassword');
    expect(results).toEqual([]);
    expect(revoked).toHaveLength(1);
  });
});

// -------------------------------------------------------------------------------------------------
describe('failures degrade to unknown without stalling; nothing is sent unless opted in', () => {
  let counter: NetServer;
  let connections = 0;
  let silentPort = 0;
  const accepted: Socket[] = [];

  const silent = () =>
    new Promise<void>((resolve) => {
      counter = createServer((sock) => {
        connections++;
        accepted.push(sock);
        sock.on('error', () => {});
        // Accepts and never answers: a slow or hung server.
      });
      counter.listen(0, '127.0.0.1', () => {
        silentPort = (counter.address() as { port: number }).port;
        resolve();
      });
    });

  afterAll(() => {
    for (const s of accepted) s.destroy();
    return new Promise<void>((r) => (counter ? counter.close(() => r()) : r()));
  });

  const urls = (port: number) =>
    [
      `DATABASE_URL=${dsn('postgres', 'app', fake.password(), `127.0.0.1:${port}/app`)}`,
      `MYSQL_URL=${dsn('mysql', 'app', fake.password(), `127.0.0.1:${port}/app`)}`,
      `REDIS_URL=${dsn('redis', 'app', fake.password(), `127.0.0.1:${port}`)}`,
    ].join('\n') + '\n';

  it('without --probe-databases no connection is attempted, and the reason says how to opt in', async () => {
    await silent();
    const r = await scan({ ...probe, probeDatabases: false, root: workspace({ '.env': urls(silentPort) }) });
    expect(connections).toBe(0);
    expect(r.results).toHaveLength(3);
    for (const x of r.results) expect(x.scope.reason).toBe('not resolved: database probing is opt-in (--probe-databases)');
    expect(r.summary.resolution).toBe('offline');
    // --offline wins over --probe-databases.
    await scan({ ...probe, offline: true, root: workspace({ '.env': urls(silentPort) }) });
    expect(connections).toBe(0);
  });

  it('a server that accepts and never answers: unknown within the timeout, for every engine', async () => {
    const t0 = Date.now();
    const r = await scan({ ...probe, timeoutMs: 500, root: workspace({ '.env': urls(silentPort) }) });
    expect(Date.now() - t0).toBeLessThan(8_000);
    expect(connections).toBeGreaterThanOrEqual(3);
    expect(r.results.map((x) => x.ruleId)).toEqual(['ABR007', 'ABR007', 'ABR007']);
    for (const x of r.results) expect(x.scope.reason).toMatch(/provider could not answer \(.*(timeout|no answer|timed out|ETIMEDOUT)/i);
  });

  it('an unreachable host (closed port): unknown, the offline verdict kept', async () => {
    const closed = await new Promise<number>((resolve) => {
      const s = createServer();
      s.listen(0, '127.0.0.1', () => {
        const { port } = s.address() as { port: number };
        s.close(() => resolve(port));
      });
    });
    const r = await scan({ ...probe, timeoutMs: 1000, root: workspace({ '.env': urls(closed) }) });
    expect(r.results.map((x) => x.scope.status)).toEqual(['unknown', 'unknown', 'unknown']);
    for (const x of r.results) expect(x.scope.reason).toMatch(/ECONNREFUSED|connect/i);
  });

  it('no secret in any scope, reason or report', async () => {
    const pw = fake.password();
    const r = await scan({ ...probe, timeoutMs: 500, root: workspace({ '.env': `DATABASE_URL=${dsn('postgres', 'app', pw, `127.0.0.1:${silentPort}/app`)}\n` }) });
    expect(JSON.stringify(r.results.map((x) => x.scope)) + toJson(r, true)).not.toContain(pw);
  });
});

// -------------------------------------------------------------------------------------------------
describe.skipIf(!db.postgres || !db.redis)('the CLI, as a new user would run it', () => {
  it('scan --probe-databases: the superuser URL is ABR001/ABR003, the read-only URL ABR006 only; without the flag, nothing is probed', async () => {
    used();
    const dir = workspace({
      '.env': `ADMIN_DATABASE_URL=${db.postgres!.urls.superuser}\nREPORTING_DATABASE_URL=${db.postgres!.urls.reader}\nCACHE_URL=${db.redis!.urls.noflush}\n`,
      '.agent-blast-radius.yml': `environments:\n  '127.0.0.1': staging\n`,
    });
    const before = await postgresSnapshot();
    const on = await cliAsync(['scan', dir, '--probe-databases', '--format', 'json', '--fail-on', 'none']);
    expect(on.code, on.stderr).toBe(0);
    const json = JSON.parse(on.stdout) as { results: Array<{ ruleId: string; location: { line: number }; scope: { status: string } }> };
    const lineRules = (n: number) => json.results.filter((r) => r.location.line === n).map((r) => r.ruleId);
    expect(lineRules(1)).toEqual(['ABR001', 'ABR003']);
    expect(lineRules(2)).toEqual(['ABR006']);
    expect(lineRules(3)).toEqual(['ABR006']);
    expect(await postgresSnapshot()).toBe(before);
    const off = await cliAsync(['scan', dir, '--format', 'json', '--fail-on', 'none']);
    const offJson = JSON.parse(off.stdout) as { results: Array<{ ruleId: string; scope: { status: string; reason?: string } }> };
    expect(offJson.results.map((r) => r.ruleId)).not.toContain('ABR006');
    expect(offJson.results.every((r) => r.scope.status === 'unknown')).toBe(true);
    expect(off.stderr).not.toMatch(/asking providers/);
  });
});
