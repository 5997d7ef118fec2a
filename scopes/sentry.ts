import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { arrayOf, environmentOf, environments, unexpected, type Destroy } from './lib/saas-read.js';

// Sentry's auth tokens (https://docs.sentry.io/account/auth-tokens/): an organization token (sntrys_) carries its
// organization and region in its own header and holds the org:ci scope (release and source-map uploads) on that one
// organization; a user token (sntryu_) holds the scopes its user chose, on every organization of the user.
// GET /api/0/organizations/ lists "organizations available to the authenticated session in a region", only the
// key's own for a key; `owner=true` keeps those the user owns (https://docs.sentry.io/api/users/list-your-organizations/).
// A user token's scopes are not readable through a documented call, so what it may delete rests on its user's role
// (UNCONFIRMED). DELETE /api/0/projects/{org}/{project}/ schedules a project and its events for deletion
// (https://docs.sentry.io/api/projects/delete-a-project/); no restore of the events is documented (UNCONFIRMED).

const egress: ProviderEgress = {
  provider: 'sentry',
  base: 'https://sentry.io',
  hosts: ['sentry.io', 'us.sentry.io', 'de.sentry.io'],
  // An organization token names its region; an EU organization answers on de.sentry.io.
  bases: { de: 'https://de.sentry.io' },
  routes: [{ method: 'GET', path: /^\/api\/0\/organizations\/$/ }],
};

const NO_RESTORE = "that a deleted Sentry project's events are gone for good (no restore) is UNCONFIRMED";
const SCOPES = "a user token's own scopes are not readable through Sentry's documented API: that it holds project:admin or org:admin on the organizations its user owns is UNCONFIRMED";

interface Org {
  slug?: string;
  name?: string;
  status?: { id?: string };
}

/** The JSON header of an organization token (`sntrys_<base64 JSON>_<secret>`): its url, region_url and org. */
function header(f: Finding): { url?: string; region_url?: string; org?: string } {
  if (!f.secret.startsWith('sntrys_')) return {};
  try {
    const o = JSON.parse(Buffer.from(f.secret.slice(7, f.secret.lastIndexOf('_')), 'base64').toString('utf8')) as unknown;
    return o && typeof o === 'object' ? (o as Record<string, string>) : {};
  } catch {
    return {};
  }
}

const baseOf = (f: Finding) => (header(f).region_url === 'https://de.sentry.io' ? 'de' : undefined);

async function organizations(ctx: ResolveContext, f: Finding, query: string, evidence: string[]) {
  const a = await ctx.egress.request(egress, {
    method: 'GET',
    path: `/api/0/organizations/${query}`,
    headers: { accept: 'application/json', authorization: `Bearer ${f.secret}` },
    evidence,
    base: baseOf(f),
  });
  return a;
}

const projectDelete = (org: Resource): Destroy => ({
  action: 'DELETE /api/0/projects/{org}/{project}/',
  target: { kind: 'project', all: true, within: org, with: ['their events'] },
  destroysBackups: true,
  certainty: 'inferred',
});

async function resolveSentry(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const a = await organizations(ctx, f, '', evidence);
  // 401 {"detail": "Invalid token"}: Sentry's answer to a token that is not valid (https://docs.sentry.io/api/auth/).
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, 'Sentry answered 401 to GET /api/0/organizations/: the token is invalid or revoked');
  if (a.status !== 200) throw unexpected('sentry', a, 'GET /api/0/organizations/');
  const orgs = arrayOf<Org>('sentry', a, 'GET /api/0/organizations/').filter((o): o is Org & { slug: string } => typeof o?.slug === 'string');
  const signals = orgs.map((o) => environmentOf(ctx, o.slug, o.name));
  if (f.secret.startsWith('sntrys_')) {
    const org: Resource = orgs.length === 1 ? { kind: 'organisation', name: orgs[0].slug } : { kind: 'organisation', count: 1 };
    return liveScope({
      tokenKind: 'org-auth-token',
      identity: `organization token · ${orgs.map((o) => o.slug).join(', ') || header(f).org || 'its organization'}`,
      environments: environments(signals, false),
      resources: [{ ...org, access: ['org:ci (releases and source maps)'] }],
      evidence,
    });
  }
  const own = await organizations(ctx, f, '?owner=true', evidence);
  if (own.status !== 200) throw unexpected('sentry', own, 'GET /api/0/organizations/?owner=true');
  const owned = arrayOf<Org>('sentry', own, 'GET /api/0/organizations/?owner=true').flatMap((o) => (typeof o?.slug === 'string' ? [o.slug] : []));
  const root = owned.length > 0;
  const all: Resource = { kind: 'organisation', names: orgs.map((o) => o.slug) };
  return liveScope({
    tokenKind: 'user-auth-token',
    identity: `user token · ${orgs.length} organization${orgs.length === 1 ? '' : 's'}${root ? ` (owner of ${owned.join(', ')})` : ''}`,
    root,
    reachInferred: root,
    environments: environments(signals, root),
    resources: [all, ...(root ? [{ kind: 'organisation' as const, names: owned, qualifier: 'owned' }] : [])],
    destroy: root ? owned.map((slug) => projectDelete({ kind: 'organisation', name: slug })) : [],
    unconfirmed: [SCOPES, ...(root ? [NO_RESTORE] : [])],
    evidence,
  });
}

export default defineProvider({
  id: 'sentry',
  name: 'Sentry',
  asks: {
    calls: '`GET /api/0/organizations/` (and `?owner=true` for user tokens; an EU organization token on `de.sentry.io`)',
    tells: "organization token → its one organization, `org:ci` only; user token owning an organization → root †, project deletion with its events †; a self-hosted Sentry's token is never sent",
    docs: 'https://docs.sentry.io/api/users/list-your-organizations/',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveSentry,
  // An organization token issued by a self-hosted Sentry names that host: sending it to sentry.io would hand it to a provider that did not issue it.
  withhold: (f) => {
    const url = header(f).url;
    return url && url !== 'https://sentry.io' && url !== 'https://sentry.io/'
      ? `issued by ${f.facts.host ?? 'another Sentry'}, not sentry.io (set ABR_ENDPOINT_SENTRY to ask a self-hosted Sentry)`
      : undefined;
  },
  offline: (f) =>
    f.tokenKind === 'user-auth-token'
      ? shapeScope({
          tokenKind: f.tokenKind,
          resources: [{ kind: 'organisation', all: true, qualifier: 'of its user' }],
          because: ['sntryu_ is a Sentry user token: the scopes its user chose, on every organization of the user', SCOPES],
        })
      : shapeScope({
          tokenKind: f.tokenKind,
          resources: [{ kind: 'organisation', ...(header(f).org ? { name: header(f).org } : { count: 1 }), access: ['org:ci (releases and source maps)'] }],
          because: ['sntrys_ is a Sentry organization token: release and source-map uploads (org:ci) in its one organization'],
        }),
  remediation: (_f, scope) =>
    scope.tokenKind === 'user-auth-token'
      ? 'Give the agent an organization token (org:ci) or an internal integration with the read scopes it needs, never a user token, and revoke this one at https://sentry.io/settings/account/api/auth-tokens/.'
      : 'Keep organization tokens to CI release uploads, out of files the agent reads, and revoke this one under Settings → Auth Tokens of its organization (https://sentry.io/orgredirect/organizations/:orgslug/settings/auth-tokens/).',
});
