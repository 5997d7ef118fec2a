import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { baseUrl, EgressError, ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding } from '../src/types.js';
import type { Destroy } from './lib/saas-read.js';
import { own } from '../src/context/own.js';

// "Requests that write data require reporting access and require an API key. Requests that read data require
// full access and also require an application key" (https://docs.datadoghq.com/api/latest/authentication/);
// application keys carry their owner's permissions unless scoped; with a scoped key GET /api/v2/current_user
// returns no user (trufflehog analyzers/datadog/datadog.go). Keys are bound to one site: every site is tried
// (trufflehog analyzers/datadog/requests.go base-URL list), the one the config names first.

const SITES: Record<string, string> = {
  eu: 'https://api.datadoghq.eu',
  us3: 'https://api.us3.datadoghq.com',
  us5: 'https://api.us5.datadoghq.com',
  ap1: 'https://api.ap1.datadoghq.com',
  ap2: 'https://api.ap2.datadoghq.com',
  gov: 'https://api.ddog-gov.com',
};

const egress: ProviderEgress = {
  provider: 'datadog',
  base: 'https://api.datadoghq.com',
  hosts: ['api.datadoghq.com', ...Object.values(SITES).map((u) => new URL(u).hostname)],
  bases: SITES,
  routes: [
    { method: 'GET', path: /^\/api\/v1\/validate$/ },
    { method: 'GET', path: /^\/api\/v2\/validate$/ },
    { method: 'GET', path: /^\/api\/v2\/validate_keys$/ },
    { method: 'GET', path: /^\/api\/v2\/current_user$/ },
  ],
};

/** The bases to try, the configured site's first; bases that an override points at the same URL are tried once. */
function siteOrder(f: Finding, env: NodeJS.ProcessEnv): string[] {
  const named = Object.entries({ default: egress.base, ...SITES }).find(([, u]) => f.facts.site && new URL(u).hostname === `api.${f.facts.site}`)?.[0];
  const order = [...new Set([...(named ? [named] : []), 'default', 'eu', 'us3', 'us5', 'ap1', 'ap2', 'gov'])];
  const seen = new Set<string>();
  return order.filter((b) => {
    const href = baseUrl(egress, env, b).url.href;
    if (seen.has(href)) return false;
    seen.add(href);
    return true;
  });
}

const siteName = (b: string) => new URL(b === 'default' ? egress.base : SITES[b]).hostname.replace(/^api\./, '');

/** GET /api/v1/validate at each site: 200 {"valid": true}, 403 invalid there (docs.datadoghq.com/api/latest/authentication). */
async function findSite(ctx: ResolveContext, f: Finding, apiKey: string, evidence: string[]): Promise<string | undefined> {
  for (const base of siteOrder(f, ctx.egress.opts.env)) {
    const a = await ctx.egress.request(egress, { method: 'GET', path: '/api/v1/validate', headers: { 'dd-api-key': apiKey, accept: 'application/json' }, evidence, base });
    if (a.status === 200 && (a.json as { valid?: boolean } | undefined)?.valid === true) return base;
    if (a.status !== 403) throw new ProviderError(`datadog: unexpected response to GET /api/v1/validate (HTTP ${a.status})`, a.status);
  }
  return undefined;
}

const ADMIN_DESTROY: Destroy[] = [
  { action: 'dashboard and monitor delete', target: { kind: 'dashboard', also: 'monitor', all: true, within: { kind: 'organisation' } }, destroysBackups: false },
  {
    action: 'log index, pipeline and archive delete',
    target: { kind: 'configuration', qualifier: 'logs', access: ['logs_modify_indexes', 'logs_write_pipelines', 'logs_write_archives'] },
    destroysBackups: false,
  },
  { action: 'user delete', target: { kind: 'user', all: true, qualifier: 'admin application keys only' }, destroysBackups: false },
  { action: 'API and application key delete', target: { kind: 'api-key', all: true, within: { kind: 'organisation' }, access: ['api_keys_write'] }, destroysBackups: false },
];

async function resolveDatadog(f: Finding, ctx: ResolveContext) {
  const evidence: string[] = [];
  if (f.tokenKind === 'api-key') {
    const site = await findSite(ctx, f, f.secret, evidence);
    if (!site) return revokedScope(f.tokenKind, evidence, 'Datadog answered 403 to GET /api/v1/validate at every site');
    // GET /api/v2/validate (preview): the organization UUID, the key id and its scopes.
    const v2 = await ctx.egress.request(egress, { method: 'GET', path: '/api/v2/validate', headers: { 'dd-api-key': f.secret, accept: 'application/json' }, evidence, base: site });
    const d = (v2.json as { data?: { id?: string; attributes?: { api_key_id?: string; api_key_scopes?: string[] } } } | undefined)?.data;
    const org = v2.status === 200 ? d?.id : undefined;
    const mapped = org ? own(ctx.environments, org) : undefined;
    return liveScope({
      tokenKind: 'api-key',
      identity: org ? `organization ${org} on ${siteName(site)}` : `an organization on ${siteName(site)}`,
      environments: mapped ? [mapped.toLowerCase()] : [],
      resources: [
        {
          kind: 'data',
          within: { kind: 'organisation' },
          qualifier: 'submission of metrics, logs and events',
          ...(d?.attributes?.api_key_scopes?.length ? { access: d.attributes.api_key_scopes } : {}),
        },
      ],
      unconfirmed: v2.status === 200 ? [] : [`GET /api/v2/validate (a preview endpoint) answered HTTP ${v2.status}: the organization is not named`],
      evidence,
    });
  }

  const apiKey = f.parts.apiKey;
  if (!apiKey) throw new EgressError('no Datadog API key next to the application key (every application-key call needs both)');
  const site = await findSite(ctx, f, apiKey, evidence);
  if (!site) throw new ProviderError('datadog: the API key beside the application key is invalid at every site, so the application key cannot be checked');
  const headers = { 'dd-api-key': apiKey, 'dd-application-key': f.secret, accept: 'application/json' };
  // GET /api/v2/validate_keys: {"status": "ok"} when both keys are valid, 401 or 403 otherwise; the API key was just
  // validated, so a refusal is the application key's (docs.datadoghq.com/api/latest/key-management/validate-api-and-application-keys).
  const vk = await ctx.egress.request(egress, { method: 'GET', path: '/api/v2/validate_keys', headers, evidence, base: site });
  if (vk.status === 401 || vk.status === 403) return revokedScope(f.tokenKind, evidence, `Datadog answered ${vk.status} to GET /api/v2/validate_keys with a valid API key`);
  if (vk.status !== 200 || (vk.json as { status?: string } | undefined)?.status !== 'ok')
    throw new ProviderError(`datadog: unexpected response to GET /api/v2/validate_keys (HTTP ${vk.status})`, vk.status);

  const me = await ctx.egress.request(egress, { method: 'GET', path: '/api/v2/current_user', headers, evidence, base: site });
  if (me.status === 403) {
    return liveScope({
      tokenKind: 'scoped-application-key',
      identity: `an application key on ${siteName(site)}`,
      resources: [{ kind: 'permission', all: true, qualifier: 'those granted to this key; no read-only call lists them' }],
      unconfirmed: ['a scoped application key is told by GET /api/v2/current_user refusing it; which scopes it holds, and so which destroy calls, is not determinable read-only'],
      reachInferred: true,
      evidence,
    });
  }
  const body = me.json as { data?: { attributes?: { email?: string; handle?: string } }; included?: Array<{ type?: string; attributes?: { name?: string } }> } | undefined;
  if (me.status !== 200 || !body?.data) throw new ProviderError(`datadog: unexpected response to GET /api/v2/current_user (HTTP ${me.status})`, me.status);
  const roles = (body.included ?? [])
    .filter((x) => x.type === 'roles')
    .map((x) => x.attributes?.name ?? '')
    .filter(Boolean);
  const admin = roles.some((r) => /admin/i.test(r));
  const readOnly = roles.length > 0 && roles.every((r) => /read.?only/i.test(r));
  const who = body.data.attributes?.email ?? body.data.attributes?.handle ?? 'a Datadog user';
  return liveScope({
    tokenKind: admin ? 'admin-application-key' : 'application-key',
    identity: `${who} on ${siteName(site)}${roles.length ? ` (${roles.join(', ')})` : ''}`,
    root: admin,
    environments: admin ? ['*'] : [],
    resources: [
      admin ? { kind: 'organisation', access: ['admin'] } : { kind: 'permission', all: true, accessibleTo: { kind: 'user', name: who } },
      { kind: 'monitor', all: true, access: ['downtimes (muting alerting unseen)'] },
    ],
    destroy: admin ? ADMIN_DESTROY : readOnly ? [] : ADMIN_DESTROY.slice(0, 1).map((d) => ({ ...d, certainty: 'inferred' as const })),
    unconfirmed: admin || readOnly ? [] : [`which destroy calls the role${roles.length === 1 ? '' : 's'} ${roles.join(', ') || '(none listed)'} allow is inferred from Datadog's standard roles`],
    evidence,
  });
}

export default defineProvider({
  id: 'datadog',
  name: 'Datadog',
  asks: {
    calls: '`/api/v1/validate`, `/api/v2/validate_keys`, `/api/v2/current_user` per site',
    tells: 'admin application key → root with the destroy list',
    docs: 'https://docs.datadoghq.com/api/latest/authentication/',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveDatadog,
  offline: (f) => {
    if (f.tokenKind === 'api-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        resources: [{ kind: 'data', within: { kind: 'organisation' }, qualifier: 'submission of metrics, logs and events' }],
        because: ['an API key alone submits data; reading and changing configuration need an application key'],
      });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'permission', all: true, accessibleTo: { kind: 'user' }, qualifier: 'or its scopes' }],
      because: [
        "an application key carries its owner's permissions unless scoped; which is only known from Datadog",
        'an unscoped key of an admin can delete dashboards, monitors, log indexes, pipelines, users and keys, and mute monitors with downtimes',
      ],
    });
  },
  remediation: (f, scope) =>
    f.tokenKind === 'api-key'
      ? 'Use a dedicated API key per agent or service, and revoke this one at https://app.datadoghq.com/organization-settings/api-keys.'
      : `${scope.tokenKind === 'admin-application-key' ? "This unscoped key carries an administrator's permissions. " : ''}Replace it with a scoped application key (e.g. monitors_read) owned by a service account, and revoke this one at https://app.datadoghq.com/organization-settings/application-keys.`,
});
