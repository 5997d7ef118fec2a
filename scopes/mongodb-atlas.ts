import { createHash, randomBytes } from 'node:crypto';
import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, ProviderError, type Answer, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource } from '../src/types.js';
import { environments, environmentOf, type Destroy } from './lib/saas-read.js';

// A key's organization and project roles come back from GET /api/atlas/v2 (apiKey.roles[], getSystemStatus);
// a Project Owner can delete clusters with termination protection off (atlas-api-clusters-deleteCluster), and
// the Admin API can create database users (https://www.mongodb.com/docs/atlas/api/api-authentication/).
// Snapshot retention on deletion is UNCONFIRMED. Programmatic API keys authenticate with HTTP Digest (RFC 7616).

const egress: ProviderEgress = {
  provider: 'mongodb-atlas',
  base: 'https://cloud.mongodb.com',
  hosts: ['cloud.mongodb.com'],
  routes: [
    { method: 'GET', path: /^\/api\/atlas\/v2$/ },
    { method: 'GET', path: /^\/api\/atlas\/v2\/groups$/ },
    { method: 'GET', path: /^\/api\/atlas\/v2\/groups\/[0-9a-f]{24}\/clusters$/ },
  ],
};

const ACCEPT = 'application/vnd.atlas.2023-01-01+json';
/** Cluster listings asked for at most this many owned projects. */
const MAX_PROJECTS = 10;
const SNAPSHOTS = "whether a deleted cluster's backup snapshots are deleted by default is UNCONFIRMED (deleteCluster takes retainBackups)";

interface Role {
  orgId?: string;
  groupId?: string;
  roleName: string;
}
interface Status {
  apiKey?: { id?: string; publicKey?: string; roles?: Role[]; accessList?: Array<{ cidrBlock?: string; ipAddress?: string }> };
}

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

/** An HTTP Digest session (RFC 7616, MD5, qop=auth), as `curl --digest` runs it against Atlas. */
class Digest {
  private nc = 0;
  constructor(
    private readonly user: string,
    private readonly password: string,
    private challenge: Record<string, string>,
  ) {}

  static parse(header: string | null): Record<string, string> | undefined {
    if (!header || !/^\s*Digest\s/i.test(header)) return undefined;
    const out: Record<string, string> = {};
    for (const m of header.replace(/^\s*Digest\s+/i, '').matchAll(/([a-z]+)=(?:"([^"]*)"|([^,\s]*))/gi)) out[m[1].toLowerCase()] = m[2] ?? m[3];
    return out.nonce && out.realm ? out : undefined;
  }

  renew(challenge: Record<string, string>): void {
    this.challenge = challenge;
    this.nc = 0;
  }

  header(method: string, uri: string): string {
    const { realm, nonce, opaque, qop } = this.challenge;
    const nc = (++this.nc).toString(16).padStart(8, '0');
    const cnonce = randomBytes(8).toString('hex');
    const ha1 = md5(`${this.user}:${realm}:${this.password}`);
    const ha2 = md5(`${method}:${uri}`);
    const useQop = qop
      ?.split(',')
      .map((q) => q.trim())
      .includes('auth');
    const response = useQop ? md5(`${ha1}:${nonce}:${nc}:${cnonce}:auth:${ha2}`) : md5(`${ha1}:${nonce}:${ha2}`);
    return [
      `Digest username="${this.user}"`,
      `realm="${realm}"`,
      `nonce="${nonce}"`,
      `uri="${uri}"`,
      'algorithm=MD5',
      `response="${response}"`,
      ...(opaque ? [`opaque="${opaque}"`] : []),
      ...(useQop ? ['qop=auth', `nc=${nc}`, `cnonce="${cnonce}"`] : []),
    ].join(', ');
  }
}

async function get(ctx: ResolveContext, digest: Digest, path: string, evidence: string[]): Promise<Answer> {
  let a = await ctx.egress.request(egress, { method: 'GET', path, headers: { accept: ACCEPT, authorization: digest.header('GET', path) }, evidence });
  const stale = a.status === 401 ? Digest.parse(a.headers.get('www-authenticate')) : undefined;
  if (stale?.stale?.toLowerCase() === 'true') {
    // The server retired the nonce, not the key: answer the new challenge once.
    digest.renew(stale);
    a = await ctx.egress.request(egress, { method: 'GET', path, headers: { accept: ACCEPT, authorization: digest.header('GET', path) }, evidence });
  }
  return a;
}

const errorCode = (a: Answer) => String((a.json as { errorCode?: string } | undefined)?.errorCode ?? '');

async function resolveAtlas(f: Finding, ctx: ResolveContext) {
  if (f.tokenKind === 'service-account-secret') {
    throw new EgressError(
      'an Atlas service-account secret is only checked by a client-credentials token request, whose endpoint Atlas does not document as read-only (https://www.mongodb.com/docs/atlas/api/api-authentication/)',
    );
  }
  const publicKey = f.facts.publicKey;
  if (!publicKey) throw new EgressError('no Atlas public key next to the private key (Digest authentication needs both)');
  const evidence: string[] = [];
  // Digest: the first, unauthenticated call carries no secret and returns the server's challenge.
  const first = await ctx.egress.request(egress, { method: 'GET', path: '/api/atlas/v2', headers: { accept: ACCEPT }, evidence });
  const challenge = first.status === 401 ? Digest.parse(first.headers.get('www-authenticate')) : undefined;
  if (!challenge) throw new ProviderError(`mongodb-atlas: unexpected response to GET /api/atlas/v2 without credentials (HTTP ${first.status}, no Digest challenge)`, first.status);
  const digest = new Digest(publicKey, f.secret, challenge);

  // getSystemStatus: 200 with apiKey metadata for a valid key. An IP access list also fails valid keys, so only
  // a 401 to a complete Digest answer that names no access list counts as revoked (https://www.mongodb.com/docs/atlas/api/api-authentication/: a key from an IP outside its access list fails too).
  const status = await get(ctx, digest, '/api/atlas/v2', evidence);
  if (status.status === 401 && !/ACCESS_LIST|WHITELIST/i.test(errorCode(status)))
    return revokedScope(f.tokenKind, evidence, 'Atlas answered 401 to a complete Digest authentication of GET /api/atlas/v2');
  if (status.status !== 200)
    throw new ProviderError(`mongodb-atlas: unexpected response to GET /api/atlas/v2 (HTTP ${status.status}${errorCode(status) ? `: ${errorCode(status)}` : ''})`, status.status);
  const key = (status.json as Status | undefined)?.apiKey;
  if (!key || !Array.isArray(key.roles)) throw new ProviderError('mongodb-atlas: malformed answer to GET /api/atlas/v2 (no apiKey.roles)', 200);

  const g = await get(ctx, digest, '/api/atlas/v2/groups?itemsPerPage=500', evidence);
  const groups = (g.json as { results?: Array<{ id: string; name: string; orgId?: string }> } | undefined)?.results;
  if (g.status !== 200 || !Array.isArray(groups)) throw new ProviderError(`mongodb-atlas: unexpected response to GET /api/atlas/v2/groups (HTTP ${g.status})`, g.status);
  const nameOf = (id: string) => groups.find((x) => x.id === id)?.name ?? id;

  const roles = key.roles;
  const orgOwner = roles.filter((r) => r.roleName === 'ORG_OWNER' && r.orgId).map((r) => r.orgId!);
  // Org owners own every project of their organization; a key's projects are those GET /groups lists.
  const owned = groups.filter((x) => roles.some((r) => r.roleName === 'GROUP_OWNER' && r.groupId === x.id) || (x.orgId && orgOwner.includes(x.orgId)) || (!x.orgId && orgOwner.length));
  const destroy: Destroy[] = [];
  for (const pr of owned.slice(0, MAX_PROJECTS)) {
    const c = await get(ctx, digest, `/api/atlas/v2/groups/${encodeURIComponent(pr.id)}/clusters`, evidence);
    const clusters = (c.json as { results?: Array<{ name: string; terminationProtectionEnabled?: boolean }> } | undefined)?.results;
    if (c.status !== 200 || !Array.isArray(clusters)) throw new ProviderError(`mongodb-atlas: unexpected response to GET /api/atlas/v2/groups/…/clusters (HTTP ${c.status})`, c.status);
    for (const cl of clusters) {
      const cluster: Resource = { kind: 'cluster', name: cl.name, within: { kind: 'project', name: pr.name, id: pr.id } };
      destroy.push({
        action: 'deleteCluster',
        target: cl.terminationProtectionEnabled ? { ...cluster, qualifier: 'termination protection on; the owner role can turn it off' } : cluster,
        destroysBackups: false,
      });
      destroy.push({
        action: 'deleteCluster retainBackups=false',
        target: { kind: 'snapshot', noun: { one: 'backup snapshot', many: 'backup snapshots' }, all: true, within: cluster },
        destroysBackups: true,
        certainty: 'inferred',
      });
    }
  }
  if (owned.length > MAX_PROJECTS || (owned.length && !destroy.length)) {
    destroy.push({ action: 'deleteCluster', target: { kind: 'cluster', all: true, within: { kind: 'project', names: owned.map((x) => x.name), access: ['owner'] } }, destroysBackups: false });
  }

  const root = orgOwner.length > 0;
  const kind = root ? 'org-owner-api-key' : owned.length ? 'project-owner-api-key' : roles.every((r) => /READ_ONLY$/.test(r.roleName)) ? 'read-only-api-key' : 'scoped-api-key';
  const access = (key.accessList ?? []).map((a) => a.cidrBlock ?? a.ipAddress).filter((x): x is string => !!x);
  return liveScope({
    tokenKind: kind,
    identity: `API key ${key.publicKey ?? publicKey} (${roles.map((r) => `${r.roleName} of ${r.groupId ? `project ${nameOf(r.groupId)}` : `organization ${r.orgId}`}`).join('; ')})`,
    root,
    environments: environments(
      groups.map((x) => environmentOf(ctx, x.name, x.id)),
      root,
    ),
    resources: [
      { kind: 'project', names: groups.map((x) => x.name) },
      ...(owned.length
        ? [{ kind: 'user', all: true, within: { kind: 'project', names: owned.map((x) => x.name) }, qualifier: 'database users: creating one is a path to the data' } satisfies Resource]
        : []),
      { kind: 'api-key', name: key.publicKey ?? publicKey, note: access.length ? `usable only from ${access.join(', ')} (IP access list)` : 'usable from any IP address (no access list)' },
    ],
    destroy,
    unconfirmed: destroy.length ? [SNAPSHOTS] : [],
    evidence,
  });
}

export default defineProvider({
  id: 'mongodb-atlas',
  name: 'MongoDB Atlas',
  asks: {
    calls: 'Digest-authenticated `GET /api/atlas/v2`, groups, clusters',
    tells: 'Org Owner → root; cluster deletion (backups with `retainBackups=false` †)',
    docs: 'https://www.mongodb.com/docs/atlas/api/api-authentication/',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveAtlas,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.publicKey ?? f.facts.clientId,
      resources: [{ kind: 'organisation', also: 'project', all: true, qualifier: 'those of its roles' }],
      because: [
        `an Atlas ${f.tokenKind}: its roles (Organization Owner, Project Owner, read-only…) are only known from Atlas`,
        'with Project Owner it can delete clusters (termination protection off; whether snapshots go too is UNCONFIRMED) and create database users, a path to the data',
      ],
    }),
  remediation: (_f, scope) =>
    (scope.root || scope.tokenKind === 'project-owner-api-key' ? `This ${scope.tokenKind} can delete clusters. ` : '') +
    'Replace it with a service account holding the minimal project role (e.g. Project Read Only) and an IP access list, and delete this key in Atlas under Organization Access Manager → Applications (https://cloud.mongodb.com).',
});
