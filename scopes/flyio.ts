import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource } from '../src/types.js';
import { ACTION, maskString, readFlyCaveats, type FlyCaveats } from './lib/fly-macaroon.js';
import { environments, environmentOf, type Destroy } from './lib/saas-read.js';

// User tokens (fly auth token / fo1_) "can manage all of your organizations' apps"; deploy, org, readonly, ssh
// and machine-exec tokens are macaroons whose caveats say their reach (https://fly.io/docs/reference/deploy-tokens/,
// https://fly.io/docs/flyctl/tokens-create/). Destroy capabilities: fly:apps:delete, fly:machines:delete,
// fly:volumes:delete (fly.io/.well-known/oauth-authorization-server); snapshot retention UNCONFIRMED.

const egress: ProviderEgress = {
  provider: 'flyio',
  base: 'https://api.machines.dev',
  hosts: ['api.machines.dev'],
  // GET /v1/apps?org_slug=… is the Machines API's app listing; with an empty org_slug it is trufflehog's liveness probe.
  routes: [{ method: 'GET', path: /^\/v1\/apps$/ }],
};

const SNAPSHOTS = "whether a Fly volume's snapshots survive its deletion is UNCONFIRMED (counted as lost with the volume)";

function authorization(f: Finding): string {
  // Macaroon bundles travel in the FlyV1 scheme (superfly/macaroon format.go); fo1_ user tokens as Bearer.
  return f.secret.startsWith('fo1_') ? `Bearer ${f.secret}` : `FlyV1 ${f.secret.replace(/^FlyV1\s+/, '')}`;
}

interface Apps {
  total_apps?: number;
  apps?: Array<{ id?: string; name: string }>;
}

/** What the caveats say, in the token kinds of `fly tokens create` (https://fly.io/docs/flyctl/tokens-create/). */
function macaroonKind(c: FlyCaveats | undefined): { kind: string; orgMask?: number; apps?: Record<string, number> } {
  if (!c) return { kind: 'macaroon' };
  const orgMask = c.orgs.length ? c.orgs.reduce((m, o) => m & o.mask, 0xffff) : undefined;
  if (c.apps.length) {
    // Several Apps caveats intersect: an app must be in each, with the actions all allow.
    const [first, ...rest] = c.apps;
    const apps: Record<string, number> = {};
    for (const [id, mask] of Object.entries(first)) if (rest.every((a) => id in a)) apps[id] = rest.reduce((m, a) => m & a[id], mask & (orgMask ?? 0xffff));
    return { kind: 'deploy-token', orgMask, apps };
  }
  if (orgMask !== undefined && !(orgMask & (ACTION.write | ACTION.create | ACTION.delete | ACTION.control))) return { kind: 'readonly-token', orgMask };
  if (orgMask !== undefined && (c.other.includes('Machines') || c.other.includes('Mutations'))) return { kind: 'restricted-token', orgMask };
  if (orgMask !== undefined) return { kind: 'org-token', orgMask };
  return { kind: 'macaroon' };
}

async function resolveFly(f: Finding, ctx: ResolveContext) {
  const evidence: string[] = [];
  const headers = { authorization: authorization(f) };
  // Without org_slug: 400 valid (org_slug missing), 401 invalid, 403 valid for another org (trufflehog pkg/detectors/flyio/flyio.go).
  const live = await ctx.egress.request(egress, { method: 'GET', path: '/v1/apps?org_slug=', headers, evidence });
  if (live.status === 401) return revokedScope(f.tokenKind, evidence, 'Fly.io answered 401 to GET /v1/apps');
  if (live.status !== 400 && live.status !== 403 && live.status !== 200) throw new ProviderError(`flyio: unexpected response to GET /v1/apps (HTTP ${live.status})`, live.status);

  if (f.secret.startsWith('fo1_')) {
    // A user token's own apps: the `personal` organization every user has (fly.io/docs/machines/api/apps-resource).
    const a = await ctx.egress.request(egress, { method: 'GET', path: '/v1/apps?org_slug=personal', headers, evidence });
    if (a.status !== 200 || !Array.isArray((a.json as Apps | undefined)?.apps)) throw new ProviderError(`flyio: unexpected response to GET /v1/apps?org_slug=personal (HTTP ${a.status})`, a.status);
    const apps = (a.json as Apps).apps!;
    const names = apps.map((x) => x.name);
    return liveScope({
      tokenKind: 'user-token',
      root: true,
      environments: environments(
        apps.map((x) => environmentOf(ctx, x.name, x.id ?? '')),
        true,
      ),
      resources: [
        { kind: 'app', all: true, within: { kind: 'organisation', all: true, accessibleTo: { kind: 'user' } } },
        { kind: 'app', names, within: { kind: 'organisation', name: 'personal' } },
        { kind: 'secret', all: true, within: { kind: 'app', all: true }, access: ['read', 'write'] },
      ],
      destroy: [
        { action: 'fly:apps:delete', target: { kind: 'app', all: true, names }, destroysBackups: false },
        { action: 'fly:volumes:delete', target: { kind: 'volume', all: true, within: { kind: 'app', all: true } }, destroysBackups: true, certainty: 'inferred' },
        { action: 'fly:machines:delete', target: { kind: 'machine', noun: MACHINE, all: true }, destroysBackups: false },
      ],
      unconfirmed: [SNAPSHOTS],
      evidence,
    });
  }

  const caveats = readFlyCaveats(f.secret);
  const k = macaroonKind(caveats);
  const note = 'caveats read locally from the token, as `fly tokens debug` does; the token is not verified';
  if (k.kind === 'deploy-token') {
    const apps = Object.entries(k.apps ?? {});
    const deletable: Resource = { kind: 'app', names: apps.filter(([, m]) => m & ACTION.delete).map(([id]) => id) };
    const destroy: Destroy[] = deletable.names!.length
      ? [
          { action: 'fly:machines:delete', target: { kind: 'machine', noun: MACHINE, all: true, within: deletable }, destroysBackups: false, certainty: 'inferred' },
          { action: 'fly:volumes:delete', target: { kind: 'volume', all: true, within: deletable }, destroysBackups: true, certainty: 'inferred' },
        ]
      : [];
    return liveScope({
      tokenKind: 'deploy-token',
      environments: [],
      resources: [
        ...apps.map(([id, m]): Resource => ({ kind: 'app', name: id, qualifier: maskString(m) })),
        { kind: 'organisation', qualifier: 'organization-wide deploy features such as WireGuard tunnels' },
      ],
      destroy,
      unconfirmed: [note, 'deploy tokens reach "a single app and its resources"; which destroy calls its caveats allow is read from its action mask', ...(destroy.length ? [SNAPSHOTS] : [])],
      evidence,
    });
  }
  if (k.kind === 'readonly-token') {
    return liveScope({ tokenKind: 'readonly-token', resources: [{ kind: 'organisation', id: String(caveats!.orgs[0].id), access: ['read'] }], unconfirmed: [note], evidence });
  }
  if (k.kind === 'org-token' || k.kind === 'restricted-token') {
    const organisation: Resource = { kind: 'organisation', id: String(caveats!.orgs[0].id) };
    const canDelete = !!((k.orgMask ?? 0) & ACTION.delete);
    return liveScope({
      tokenKind: k.kind,
      root: k.kind === 'org-token' && canDelete,
      environments: k.kind === 'org-token' && canDelete ? ['*'] : [],
      resources: [
        {
          kind: 'app',
          all: true,
          within: organisation,
          qualifier: maskString(k.orgMask ?? 0),
          ...(caveats!.other.length ? { access: [...new Set(caveats!.other)].map((c) => `narrowed by ${c}`) } : {}),
        },
      ],
      destroy: canDelete
        ? [
            { action: 'fly:apps:delete', target: { kind: 'app', all: true, within: organisation }, destroysBackups: false, certainty: 'inferred' },
            { action: 'fly:volumes:delete', target: { kind: 'volume', all: true, within: organisation }, destroysBackups: true, certainty: 'inferred' },
          ]
        : [],
      unconfirmed: [note, ...(canDelete ? [SNAPSHOTS] : [])],
      reachInferred: true,
      evidence,
    });
  }
  return liveScope({
    tokenKind: 'macaroon',
    resources: [{ kind: 'permission', all: true, qualifier: 'what its caveats allow; they could not be read locally' }],
    unconfirmed: ['the token is live, but its caveats could not be decoded; `fly tokens debug -t <token>` shows whether it is a deploy, org, readonly, ssh or machine-exec token'],
    reachInferred: true,
    evidence,
  });
}

// Fly.io writes Machines with a capital (https://fly.io/docs/machines/).
const MACHINE = { one: 'Machine', many: 'Machines' };

export default defineProvider({
  id: 'flyio',
  name: 'Fly.io',
  asks: {
    calls: '`GET /v1/apps?org_slug=`; macaroon caveats read locally',
    tells: 'user token → root; volume deletion with snapshots †',
    docs: 'https://fly.io/docs/machines/api/apps-resource/',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveFly,
  offline: (f) => {
    if (f.tokenKind === 'user-token') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: [{ kind: 'app', all: true, within: { kind: 'organisation', all: true, accessibleTo: { kind: 'user' } } }],
        destroy: [
          { action: 'fly:apps:delete', target: { kind: 'app', all: true }, destroysBackups: false },
          { action: 'fly:machines:delete', target: { kind: 'machine', noun: MACHINE, all: true }, destroysBackups: false },
          { action: 'fly:volumes:delete', target: { kind: 'volume', all: true }, destroysBackups: true },
        ],
        because: ["fo1_ is a user token, which can manage all of its user's organizations' apps and read and write their secrets", SNAPSHOTS],
      });
    }
    const k = macaroonKind(readFlyCaveats(f.secret));
    if (k.kind !== 'macaroon') {
      return shapeScope({
        tokenKind: k.kind,
        root: k.kind === 'org-token' && !!((k.orgMask ?? 0) & ACTION.delete),
        resources: k.apps
          ? Object.entries(k.apps).map(([id, m]): Resource => ({ kind: 'app', name: id, qualifier: maskString(m) }))
          : [{ kind: 'organisation', count: 1, qualifier: maskString(k.orgMask ?? 0) }],
        because: [`its caveats, read locally as \`fly tokens debug\` does, make it a ${k.kind}`],
      });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      because: ['a macaroon token whose caveats say whether it is a deploy (one app), org, readonly, ssh or machine-exec token; `fly tokens debug` decodes them'],
    });
  },
  remediation: (_f, scope) =>
    (scope.tokenKind === 'deploy-token'
      ? 'Keep deploy tokens to the one app this workspace deploys, with a short expiry (fly tokens create deploy -a <app> -x <duration>), and narrow further with fly tokens attenuate'
      : 'Use a deploy token for the one app with a short expiry (fly tokens create deploy -a <app> -x <duration>) or a readonly token (fly tokens create readonly)') +
    ', and revoke this one (fly tokens revoke; user tokens at https://fly.io/user/personal_access_tokens).',
});
