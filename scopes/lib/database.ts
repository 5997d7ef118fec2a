// The verdicts shared by database and cache credentials. Offline: the host names the environment and
// the managed service, the user name tells whether it is the engine's built-in superuser (the
// engines' defaults: postgres, root, sa … are superusers — UNCONFIRMED for any given server, so always
// inferred). Online (--probe-databases): the target a resolver connects to, and the gate every
// database resolver passes first.
import { environmentOfWord, hostEnvironment, isLoopback } from '../../src/context/environment.js';
import { liveScope, shapeScope, type OfflineContext, type OnlineVerdict, type ResolveContext } from '../../src/resolve/define.js';
import type { DatabaseTarget } from '../../src/resolve/database-egress.js';
import { EgressError } from '../../src/resolve/egress.js';
import type { Finding, Resource, ResourceKind, Scope } from '../../src/types.js';
import { own } from '../../src/context/own.js';

interface Engine {
  name: string;
  superusers: string[];
  /** The destroy primitives a superuser holds, each on every resource of a kind on the server; `destroysBackups` where the engine's own backup goes too. */
  destroy: Array<{ action: string; every: ResourceKind; including?: string[]; destroysBackups: boolean }>;
}

// Managed-service host names, from each provider's documented endpoint format.
const SERVICES: Array<[RegExp, string]> = [
  // <id>.<hash>.<region>.rds.amazonaws.com (https://docs.aws.amazon.com/AmazonRDS/latest/UserGuide/USER_ConnectToInstance.html)
  [/\.rds\.amazonaws\.com(?:\.cn)?$/, 'AWS RDS'],
  // ElastiCache / MemoryDB endpoints end in cache.amazonaws.com / memorydb.<region>.amazonaws.com.
  [/\.cache\.amazonaws\.com(?:\.cn)?$/, 'AWS ElastiCache'],
  [/\.memorydb\.[a-z0-9-]+\.amazonaws\.com$/, 'AWS MemoryDB'],
  // db.<ref>.supabase.co and the pooler <region>.pooler.supabase.com (https://supabase.com/docs/guides/database/connecting-to-postgres)
  [/(?:^|\.)supabase\.(?:co|com)$/, 'Supabase'],
  // <endpoint>.<region>.aws.neon.tech (https://neon.tech/docs/connect/connect-from-any-app)
  [/\.neon\.tech$/, 'Neon'],
  // Private network <service>.railway.internal; public TCP proxy *.proxy.rlwy.net (railwayapp/docs databases/*.md)
  [/\.railway\.internal$/, 'Railway (private network)'],
  [/\.proxy\.rlwy\.net$|\.rlwy\.net$/, 'Railway (public TCP proxy)'],
  // <cluster>.<id>.mongodb.net (https://www.mongodb.com/docs/atlas/connect-to-database-deployment/)
  [/\.mongodb\.net$/, 'MongoDB Atlas'],
  // redis-<port>.<region>.redns.redis-cloud.com, older *.cloud.redislabs.com (https://redis.io/docs/latest/operate/rc/databases/connect/)
  [/\.redis-cloud\.com$|\.redislabs\.com$|\.redis\.cloud$/, 'Redis Cloud'],
  [/\.upstash\.io$/, 'Upstash'],
  [/\.redis\.cache\.windows\.net$|\.redis\.azure\.net$/, 'Azure Cache for Redis'],
  [/\.(?:postgres|mysql|mariadb)\.database\.azure\.com$/, 'Azure Database'],
  [/\.database\.windows\.net$/, 'Azure SQL'],
  [/\.mongo\.cosmos\.azure\.com$|\.documents\.azure\.com$/, 'Azure Cosmos DB'],
  [/\.db\.ondigitalocean\.com$/, 'DigitalOcean Managed Databases'],
  [/\.aivencloud\.com$/, 'Aiven'],
  [/\.psdb\.cloud$|\.connect\.psdb\.cloud$/, 'PlanetScale'],
  [/\.render\.com$/, 'Render'],
  [/\.cockroachlabs\.cloud$/, 'CockroachDB Cloud'],
  [/\.tsdb\.cloud\.timescale\.com$|\.timescaledb\.io$/, 'Timescale'],
];

export interface HostClass {
  host: string;
  /** The environment the host names (its labels, the config's map, loopback → development), if any. */
  environment?: string;
  /** The managed service the host name belongs to, if known. */
  service?: string;
  network: 'loopback' | 'private' | 'public' | 'unknown';
  /** Each clause of the classification, in words. */
  because: string[];
}

const PRIVATE_V4 = /^(?:10\.\d+\.\d+\.\d+|172\.(?:1[6-9]|2\d|3[01])\.\d+\.\d+|192\.168\.\d+\.\d+|100\.(?:6[4-9]|[7-9]\d|1[01]\d|12[0-7])\.\d+\.\d+)$/;

/**
 * A database host's environment, managed service and network, from its name alone. The config's
 * `environments` map (host → environment) wins over the name's own words.
 */
export function classifyHost(host: string, environments: Record<string, string> = {}): HostClass {
  const h = host.toLowerCase().replace(/^\[|\]$/g, '');
  const because: string[] = [];
  let environment: string | undefined;
  const mapped = own(environments, h) ?? own(environments, host);
  if (mapped) {
    environment = mapped.toLowerCase();
    because.push(`the configuration maps ${h} to ${environment}`);
  } else if (h) {
    environment = hostEnvironment(h);
    // Managed hosts put the environment in the first label's pieces: `myapp-prod.abc.rds.amazonaws.com`.
    environment ??= h.split('.')[0].split(/[-_]/).map(environmentOfWord).find(Boolean);
    if (environment && !isLoopback(h)) because.push(`the host ${h} names the ${environment} environment`);
  }
  const service = SERVICES.find(([re]) => re.test(h))?.[1];
  if (service) because.push(`${h} is on ${service}`);
  let network: HostClass['network'] = 'unknown';
  if (!h) network = 'unknown';
  else if (isLoopback(h)) {
    network = 'loopback';
    because.push('the host is this machine (loopback)');
  } else if (PRIVATE_V4.test(h) || /^f[cd][0-9a-f]{2}:/i.test(h) || /\.(?:internal|local|lan|flycast)$|^[^.:]+$/.test(h)) network = 'private';
  else if (/\./.test(h)) network = 'public';
  return { host: h, environment, service, network, because };
}

export function databaseScope(f: Finding, ctx: OfflineContext | undefined, engine: Engine): Scope {
  const host = f.facts.host ?? '';
  const user = (f.facts.user ?? '').toLowerCase();
  const c = classifyHost(host, ctx?.environments);
  const server = serverOf(host, c.service);
  const target: Resource = f.facts.database ? { kind: 'database', name: f.facts.database, within: server } : server;
  const because: string[] = [...c.because];
  const superuser = engine.superusers.includes(user);
  if (superuser) because.push(`"${f.facts.user}" is ${engine.name}'s built-in superuser name; whether it still is on this server is only known by connecting (--probe-databases)`);
  else because.push(`the privileges of "${f.facts.user ?? 'this user'}" are only known by connecting`);
  return shapeScope({
    tokenKind: superuser ? 'superuser-connection' : f.tokenKind,
    identity: f.facts.user ? `${f.facts.user}@${host}` : host,
    root: superuser,
    environments: c.environment ? [c.environment] : [],
    resources: [target],
    destroy: superuser
      ? engine.destroy.map((d) => ({ action: d.action, target: { kind: d.every, all: true, within: server, ...(d.including ? { including: d.including } : {}) }, destroysBackups: d.destroysBackups }))
      : [],
    because,
  });
}

// ---------------------------------------------------------------------------------------------------
// Online: with --probe-databases only.

/** The server a database credential names: its host (and managed service, when the name says), or `the server`. */
export function serverOf(host: string, service?: string): Resource {
  return host ? { kind: 'server', name: host, ...(service ? { qualifier: service } : {}) } : { kind: 'server' };
}

/** The gate every database resolver passes first; resolveAll already skips them when probing is off. */
export function requireProbing(ctx: ResolveContext): void {
  if (!ctx.probeDatabases) throw new EgressError('database probing is opt-in (--probe-databases)');
}

/** Connect and statement timeout for database probes: the scan's per-request timeout, at most 5 s. */
export const probeTimeout = (ctx: ResolveContext) => Math.min(ctx.egress.timeoutMs, 5_000);

const TLS_WORDS: Array<[RegExp, DatabaseTarget['tls']]> = [
  [/^(?:disable|false|0|off|disabled|allow)$/i, 'disable'],
  [/^(?:prefer|preferred)$/i, 'prefer'],
  [/^(?:require|required|true|1|on)$/i, 'require'],
  [/^(?:verify-ca|verify-full|verify_ca|verify_identity|verify-identity)$/i, 'verify'],
];

/** The TLS mode a URL or key/value string asks for (sslmode, ssl, ssl-mode, tls, useSSL). */
export function tlsMode(f: Finding, fallback: DatabaseTarget['tls']): DatabaseTarget['tls'] {
  const text = f.parts.url ?? '';
  const v = f.facts.sslmode ?? /[?&;](?:sslmode|ssl-mode|ssl|tls|useSSL)=([^&;#\s"'`]*)/i.exec(text)?.[1];
  if (!v) return fallback;
  return TLS_WORDS.find(([re]) => re.test(v))?.[1] ?? fallback;
}

/** Where and how to connect, from the finding's own URL only: its host, port, user and database. */
export function databaseTarget(f: Finding, defaults: { port: number; database?: string; tls: DatabaseTarget['tls'] }): DatabaseTarget {
  const host = f.facts.host ?? '';
  if (!host || host === '*') throw new EgressError('the credential names no single host to ask');
  const port = /^\d{1,5}$/.test(f.facts.port ?? '') ? Number(f.facts.port) : defaults.port;
  const database = f.facts.database && f.facts.database !== '*' ? f.facts.database : defaults.database;
  return { host, port, user: f.facts.user || undefined, password: f.parts.decodedPassword ?? f.secret, database, tls: tlsMode(f, defaults.tls) };
}

/** A probed server's verdict: every engine's superuser is `superuser-connection`, the host names the environment. */
export function probedScope(f: Finding, hc: HostClass, v: Pick<OnlineVerdict, 'identity' | 'resources' | 'destroy' | 'unconfirmed' | 'evidence'> & { root: boolean }): Scope {
  return liveScope({ ...v, tokenKind: v.root ? 'superuser-connection' : f.tokenKind, environments: hc.environment ? [hc.environment] : [] });
}
