// Real PostgreSQL, MariaDB and Redis servers for test/databases.test.ts: each on loopback, on a free port,
// under a temporary data directory, with users of each privilege shape. Their URLs reach the tests through
// `provide('databases')`; everything is stopped and removed at teardown.
//
// A missing server binary skips the database tests with a message, except when ABR_REQUIRE_DB=1 or
// CI=true (.ci/run sets both), where it fails the run. Runs only when the database tests are selected.
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { chmodSync, chownSync, existsSync, mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import * as fake from '../../src/detect/fake.js';

export interface Server {
  version: string;
  port: number;
  /** Connection URLs by privilege shape; passwords built here, at test time. */
  urls: Record<string, string>;
  /** How the tests' own (unguarded) admin connection reaches the server, for before/after snapshots. */
  admin: Record<string, string | number>;
}

export interface DatabaseFixture {
  postgres?: Server;
  mysql?: Server;
  redis?: Server;
  /** Why a server is absent ("redis-server not found: apt-get install redis-server"). */
  missing: string[];
  /** Where the database tests record how many of them ran, for the summary line at teardown. */
  reportFile: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    databases: DatabaseFixture;
  }
}

const isRoot = process.getuid?.() === 0;
const required = () => process.env.ABR_REQUIRE_DB === '1' || process.env.CI === 'true';

function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const s = createServer();
    s.once('error', reject);
    s.listen(0, '127.0.0.1', () => {
      const { port } = s.address() as { port: number };
      s.close(() => resolve(port));
    });
  });
}

function run(cmd: string, args: string[], opts: { asPostgres?: boolean; cwd?: string } = {}): string {
  const [c, a] = opts.asPostgres && isRoot ? ['runuser', ['-u', 'postgres', '--', cmd, ...args]] : [cmd, args];
  const r = spawnSync(c, a, { encoding: 'utf8', cwd: opts.cwd ?? tmpdir(), timeout: 60_000 });
  if (r.status !== 0) throw new Error(`${cmd} ${args.join(' ')} failed (${r.status}): ${(r.stderr || r.stdout || String(r.error)).slice(-800)}`);
  return r.stdout;
}

const which = (cmd: string) => spawnSync('sh', ['-c', `command -v ${cmd}`], { encoding: 'utf8' }).stdout.trim() || undefined;

async function until(what: string, ms: number, probe: () => Promise<boolean>, log?: () => string) {
  const end = Date.now() + ms;
  while (Date.now() < end) {
    if (await probe().catch(() => false)) return;
    await new Promise((r) => setTimeout(r, 100));
  }
  throw new Error(`${what} did not start within ${ms} ms${log ? `:\n${log().slice(-1500)}` : ''}`);
}

/** A password with every character class; percent-encoded where a URL needs it. */
const secret = () => fake.password(22);
const enc = encodeURIComponent;
/** A connection URL built at run time, so this file holds none a detector would match. */
const dsn = (scheme: string, user: string, password: string, rest: string) => `${scheme}://${user}:${password}@${rest}`;

// -------------------------------------------------------------------------------------------------
// PostgreSQL: initdb/pg_ctl from /usr/lib/postgresql/<version>/bin, run as the postgres user when root
// (they refuse to run as root), in a folder that user owns (mkdtemp makes 0700 folders).

function postgresBin(): string | undefined {
  const base = '/usr/lib/postgresql';
  if (!existsSync(base)) return undefined;
  const versions = readdirSync(base)
    .filter((v) => existsSync(join(base, v, 'bin', 'initdb')))
    .sort((a, b) => Number(b) - Number(a));
  return versions.length ? join(base, versions[0], 'bin') : undefined;
}

async function startPostgres(cleanup: Cleanup): Promise<Server> {
  const bin = postgresBin();
  if (!bin) throw new Missing('PostgreSQL not found (/usr/lib/postgresql/<version>/bin/initdb): apt-get install postgresql');
  const dir = mkdtempSync(join(tmpdir(), 'abr-pg-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  if (isRoot) {
    const uid = Number(spawnSync('id', ['-u', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    const gid = Number(spawnSync('id', ['-g', 'postgres'], { encoding: 'utf8' }).stdout.trim());
    if (!Number.isFinite(uid)) throw new Missing('the postgres system user is missing: apt-get install postgresql');
    chownSync(dir, uid, gid);
  }
  const data = join(dir, 'data');
  run(join(bin, 'initdb'), ['-D', data, '-U', 'abr_admin', '--auth-local=trust', '--auth-host=scram-sha-256', '-E', 'UTF8'], { asPostgres: true });
  // A self-signed certificate, so one user can be limited to TLS connections (hostnossl … reject).
  const tls = Boolean(which('openssl'));
  if (tls) {
    run('openssl', ['req', '-x509', '-newkey', 'rsa:2048', '-nodes', '-keyout', join(data, 'server.key'), '-out', join(data, 'server.crt'), '-days', '2', '-subj', '/CN=localhost'], {
      asPostgres: true,
    });
    chmodSync(join(data, 'server.key'), 0o600);
  }
  writeFileSync(
    join(data, 'pg_hba.conf'),
    ['local all all trust', 'hostnossl all abr_tls 127.0.0.1/32 reject', 'host all all 127.0.0.1/32 scram-sha-256', 'host all all ::1/128 scram-sha-256', ''].join('\n'),
  );
  if (isRoot) spawnSync('chown', ['-R', 'postgres:postgres', dir]);
  const port = await freePort();
  const opts = `-p ${port} -k ${dir} -c listen_addresses=127.0.0.1 -c fsync=off${tls ? ' -c ssl=on -c ssl_cert_file=server.crt -c ssl_key_file=server.key' : ''}`;
  run(join(bin, 'pg_ctl'), ['-D', data, '-l', join(dir, 'log'), '-w', '-t', '60', '-o', opts, 'start'], { asPostgres: true });
  cleanup.unshift(() => {
    const args = ['-D', data, '-m', 'immediate', '-w', 'stop'];
    return exited(isRoot ? spawn('runuser', ['-u', 'postgres', '--', join(bin, 'pg_ctl'), ...args], { stdio: 'ignore' }) : spawn(join(bin, 'pg_ctl'), args, { stdio: 'ignore' }), 30_000);
  });

  const { default: pg } = await import('pg');
  const admin = async (database: string, sql: string[]) => {
    const c = new pg.Client({ host: dir, port, user: 'abr_admin', database });
    await c.connect();
    try {
      for (const s of sql) await c.query(s);
    } finally {
      await c.end();
    }
  };
  const pw = { super: secret(), owner: secret(), reader: secret(), deleter: secret(), truncater: secret(), tls: secret() };
  await admin('postgres', [
    `CREATE ROLE abr_super LOGIN SUPERUSER PASSWORD '${pw.super}'`,
    `CREATE ROLE abr_owner LOGIN PASSWORD '${pw.owner}'`,
    `CREATE ROLE abr_reader LOGIN PASSWORD '${pw.reader}'`,
    `CREATE ROLE abr_deleter LOGIN PASSWORD '${pw.deleter}'`,
    `CREATE ROLE abr_truncater LOGIN PASSWORD '${pw.truncater}'`,
    `CREATE ROLE abr_tls LOGIN PASSWORD '${pw.tls}'`,
    'CREATE DATABASE shop',
    'CREATE DATABASE owned_app OWNER abr_owner',
  ]);
  await admin('shop', [
    'CREATE TABLE orders (id int PRIMARY KEY, total int)',
    'CREATE TABLE customers (id int PRIMARY KEY, name text)',
    'INSERT INTO orders VALUES (1, 10), (2, 20), (3, 30)',
    "INSERT INTO customers VALUES (1, 'a'), (2, 'b')",
    'GRANT SELECT ON ALL TABLES IN SCHEMA public TO abr_reader, abr_deleter, abr_truncater, abr_tls',
    'GRANT DELETE ON orders TO abr_deleter',
    'GRANT TRUNCATE ON orders TO abr_truncater',
  ]);
  const version = run(join(bin, 'postgres'), ['--version'])
    .trim()
    .replace(/^postgres \(PostgreSQL\) /, '');
  const url = (user: string, p: string, db = 'shop', q = '') => dsn('postgres', user, enc(p), `127.0.0.1:${port}/${db}${q}`);
  return {
    version,
    port,
    admin: { host: dir, port, user: 'abr_admin' },
    urls: {
      superuser: url('abr_super', pw.super),
      owner: url('abr_owner', pw.owner, 'owned_app'),
      reader: url('abr_reader', pw.reader),
      deleter: url('abr_deleter', pw.deleter),
      truncater: url('abr_truncater', pw.truncater),
      wrongPassword: url('abr_reader', secret()),
      ...(tls ? { tls: url('abr_tls', pw.tls), tlsDisabled: url('abr_tls', pw.tls, 'shop', '?sslmode=disable') } : {}),
    },
  };
}

// -------------------------------------------------------------------------------------------------
// MariaDB: mariadb-install-db into a temporary folder, mariadbd on loopback (as root only with --user=root).

async function startMysql(cleanup: Cleanup): Promise<Server> {
  const server = ['/usr/sbin/mariadbd', '/usr/sbin/mysqld'].find(existsSync) ?? which('mariadbd') ?? which('mysqld');
  const install = which('mariadb-install-db') ?? which('mysql_install_db');
  if (!server || !install) throw new Missing('MariaDB not found (mariadbd, mariadb-install-db): apt-get install mariadb-server');
  const dir = mkdtempSync(join(tmpdir(), 'abr-mysql-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const user = isRoot ? ['--user=root'] : [];
  run(install, ['--no-defaults', `--datadir=${join(dir, 'data')}`, ...user, '--auth-root-authentication-method=normal', '--skip-test-db']);
  const port = await freePort();
  const socket = join(dir, 'mysql.sock');
  const child = spawn(
    server,
    [
      '--no-defaults',
      `--datadir=${join(dir, 'data')}`,
      ...user,
      `--port=${port}`,
      '--bind-address=127.0.0.1',
      `--socket=${socket}`,
      `--pid-file=${join(dir, 'mysql.pid')}`,
      `--log-error=${join(dir, 'error.log')}`,
      '--skip-name-resolve',
      '--skip-log-bin',
      '--innodb-buffer-pool-size=16M',
    ],
    { stdio: 'ignore' },
  );
  cleanup.unshift(() => stop(child));
  const mysql = await import('mysql2/promise');
  const connect = () => mysql.createConnection({ socketPath: socket, user: 'root', multipleStatements: true });
  await until(
    'mariadbd',
    60_000,
    async () => {
      await (await connect()).end();
      return true;
    },
    () => (existsSync(join(dir, 'error.log')) ? readFileSync(join(dir, 'error.log'), 'utf8') : ''),
  );
  const pw = { root: secret(), owner: secret(), reader: secret(), deleter: secret() };
  const c = await connect();
  try {
    for (const s of [
      "DROP USER IF EXISTS ''@'localhost'",
      'CREATE DATABASE shop',
      'CREATE TABLE shop.orders (id INT PRIMARY KEY, total INT)',
      'CREATE TABLE shop.customers (id INT PRIMARY KEY, name TEXT)',
      'INSERT INTO shop.orders VALUES (1, 10), (2, 20), (3, 30)',
      "INSERT INTO shop.customers VALUES (1, 'a'), (2, 'b')",
      `CREATE USER 'abr_root'@'%' IDENTIFIED BY '${pw.root}'`,
      "GRANT ALL PRIVILEGES ON *.* TO 'abr_root'@'%' WITH GRANT OPTION",
      `CREATE USER 'abr_owner'@'%' IDENTIFIED BY '${pw.owner}'`,
      "GRANT ALL PRIVILEGES ON shop.* TO 'abr_owner'@'%'",
      `CREATE USER 'abr_reader'@'%' IDENTIFIED BY '${pw.reader}'`,
      "GRANT SELECT ON shop.* TO 'abr_reader'@'%'",
      `CREATE USER 'abr_deleter'@'%' IDENTIFIED BY '${pw.deleter}'`,
      "GRANT SELECT ON shop.* TO 'abr_deleter'@'%'",
      "GRANT DELETE ON shop.orders TO 'abr_deleter'@'%'",
    ])
      await c.query(s);
  } finally {
    await c.end();
  }
  const version = run(server, ['--version'])
    .trim()
    .replace(/^.*Ver\s+(\S+).*$/s, '$1');
  const url = (user: string, p: string) => dsn('mysql', user, enc(p), `127.0.0.1:${port}/shop`);
  return {
    version,
    port,
    admin: { socket },
    urls: {
      root: url('abr_root', pw.root),
      owner: url('abr_owner', pw.owner),
      reader: url('abr_reader', pw.reader),
      deleter: url('abr_deleter', pw.deleter),
      wrongPassword: url('abr_reader', secret()),
    },
  };
}

// -------------------------------------------------------------------------------------------------
// Redis: redis-server on loopback, no persistence, a password on the default user, ACL users added.

async function startRedis(cleanup: Cleanup): Promise<Server> {
  const server = which('redis-server');
  if (!server) throw new Missing('redis-server not found: apt-get install redis-server');
  const dir = mkdtempSync(join(tmpdir(), 'abr-redis-'));
  cleanup.push(() => rmSync(dir, { recursive: true, force: true }));
  const port = await freePort();
  const pw = { default: secret(), full: secret(), flusher: secret(), noflush: secret(), reader: secret() };
  const child = spawn(server, ['--port', String(port), '--bind', '127.0.0.1', '--dir', dir, '--save', '', '--appendonly', 'no', '--requirepass', pw.default, '--logfile', join(dir, 'redis.log')], {
    stdio: 'ignore',
  });
  cleanup.unshift(() => stop(child));
  const { Redis } = await import('ioredis');
  const admin = () => new Redis({ host: '127.0.0.1', port, password: pw.default, lazyConnect: true, retryStrategy: () => null, maxRetriesPerRequest: 0 });
  await until('redis-server', 30_000, async () => {
    const r = admin();
    r.on('error', () => {});
    try {
      await r.connect();
      return (await r.ping()) === 'PONG';
    } finally {
      r.disconnect();
    }
  });
  const r = admin();
  await r.connect();
  try {
    await r.call('ACL', 'SETUSER', 'abr_full', 'on', `>${pw.full}`, '~*', '&*', '+@all');
    // FLUSHALL through @write, but no ACL SETUSER and only its own keys: destructive, not root.
    await r.call('ACL', 'SETUSER', 'abr_flusher', 'on', `>${pw.flusher}`, '~app:*', '+@read', '+@write', '+@connection', '+acl|whoami', '+acl|getuser', '+acl|dryrun');
    // Everything but the flushes and the two commands that could give them back.
    await r.call('ACL', 'SETUSER', 'abr_noflush', 'on', `>${pw.noflush}`, '~*', '&*', '+@all', '-flushall', '-flushdb', '-acl|setuser', '-config|set');
    await r.call('ACL', 'SETUSER', 'abr_reader', 'on', `>${pw.reader}`, '~*', '+@read', '+@connection');
    await r.mset('app:1', 'one', 'app:2', 'two', 'other', 'three');
  } finally {
    r.disconnect();
  }
  const version = run(server, ['--version']).replace(/^.*v=(\S+).*$/s, '$1');
  const url = (user: string, p: string) => dsn('redis', user, enc(p), `127.0.0.1:${port}`);
  return {
    version,
    port,
    admin: { port, password: pw.default },
    urls: {
      default: dsn('redis', '', enc(pw.default), `127.0.0.1:${port}/0`),
      full: url('abr_full', pw.full),
      flusher: url('abr_flusher', pw.flusher),
      noflush: url('abr_noflush', pw.noflush),
      reader: url('abr_reader', pw.reader),
      wrongPassword: url('abr_reader', secret()),
    },
  };
}

type Cleanup = Array<() => void | Promise<void>>;

/** Resolves when the process has exited, or after `ms` (then it is killed). Never blocks the event loop. */
function exited(child: ChildProcess, ms: number): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  return new Promise((resolve) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      resolve();
    }, ms);
    child.once('exit', () => {
      clearTimeout(timer);
      resolve();
    });
  });
}

function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return Promise.resolve();
  child.kill('SIGTERM');
  return exited(child, 15_000);
}

class Missing extends Error {}

/** True when vitest was given file filters and none of them selects the database tests. */
function notSelected(): boolean {
  const filters = process.argv.slice(2).filter((a) => !a.startsWith('-') && (a.includes('/') || a.endsWith('.ts')));
  return filters.length > 0 && !filters.some((f) => f.includes('database'));
}

export default async function setup(project: TestProject) {
  const reportFile = join(mkdtempSync(join(tmpdir(), 'abr-dbreport-')), 'ran.json');
  const fixture: DatabaseFixture = { missing: [], reportFile };
  const cleanup: Cleanup = [];
  if (notSelected()) {
    fixture.missing.push('not started: no database test selected');
    project.provide('databases', fixture);
    return () => rmSync(join(reportFile, '..'), { recursive: true, force: true });
  }
  const started = await Promise.allSettled([startPostgres(cleanup), startMysql(cleanup), startRedis(cleanup)]);
  const names = ['postgres', 'mysql', 'redis'] as const;
  const failures: string[] = [];
  started.forEach((r, i) => {
    if (r.status === 'fulfilled') fixture[names[i]] = r.value;
    else if (r.reason instanceof Missing) fixture.missing.push(r.reason.message);
    else failures.push(`${names[i]}: ${(r.reason as Error).message}`);
  });
  const teardown = async () => {
    for (const c of cleanup) {
      try {
        await c();
      } catch {
        // best effort: the next step still runs
      }
    }
    let ran = 0;
    try {
      ran = (JSON.parse(readFileSync(reportFile, 'utf8')) as { ran: number }).ran;
    } catch {
      // no database test wrote a report
    }
    rmSync(join(reportFile, '..'), { recursive: true, force: true });
    const against = names.filter((n) => fixture[n]).map((n) => `${{ postgres: 'PostgreSQL', mysql: 'MariaDB', redis: 'Redis' }[n]} ${fixture[n]!.version}`);
    process.stderr.write(`database tests: ${ran} ran against real servers (${against.join(', ') || 'none'})${fixture.missing.length ? `; skipped: ${fixture.missing.join('; ')}` : ''}\n`);
  };
  if (failures.length || (required() && fixture.missing.length)) {
    await teardown();
    throw new Error(`database test servers could not start (ABR_REQUIRE_DB=1 or CI=true makes this fatal):\n${[...failures, ...fixture.missing].join('\n')}`);
  }
  if (fixture.missing.length) process.stderr.write(`database tests will skip: ${fixture.missing.join('; ')}\n`);
  project.provide('databases', fixture);
  return teardown;
}
