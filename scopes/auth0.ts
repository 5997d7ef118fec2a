import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, objectOf, unexpected, type Destroy } from './lib/saas-read.js';
import { isTenantHost, tenantEgress } from './lib/tenant.js';

// An Auth0 application's client secret, with its client id and tenant domain beside it (detectors/auth0-client-secret.ts),
// can ask its tenant for a Management API token by the client-credentials grant: POST https://{tenant}/oauth/token with
// audience https://{tenant}/api/v2/ (https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens/get-management-api-access-tokens-for-production).
// A token request changes nothing; the answer's `scope` lists the Management API scopes granted to the application
// (https://auth0.com/docs/get-started/authentication-and-authorization-flow/client-credentials-flow/call-your-api-using-the-client-credentials-flow),
// which is all the resolver reads: the token itself is dropped, and no Management API call is made (GET /api/v2/clients
// would return client secrets). An application with no grant on the Management API is answered 403 access_denied
// "Client is not authorized to access …": the secret is live and reaches no Management API scope. A wrong or rotated
// secret is answered 401 (access_denied "Unauthorized", or invalid_client; the exact body is UNCONFIRMED, so both are
// read as revoked only with the client id and tenant written beside the secret). 429 is the rate limit
// (https://auth0.com/docs/troubleshoot/customer-support/operational-policies/rate-limit-policy), handled by the egress layer.
// The secret is sent only to the one *.auth0.com tenant host written beside it (scopes/lib/tenant.ts), never to a custom domain.
// Management API scopes that delete (https://auth0.com/docs/api/management/v2): delete:users (DELETE /api/v2/users/{id}),
// delete:clients, delete:connections (a database connection takes its users with it), delete:organizations; create: or
// update:client_grants lets the application grant itself every scope → root. Auth0 documents no restore of a deleted
// user, application or connection (UNCONFIRMED), and no customer backup a token could delete.

const ROOT_SCOPES = ['create:client_grants', 'update:client_grants'];
const DELETES: Array<{ scope: string; action: string; kind: Resource['kind']; noun: { one: string; many: string }; with?: string[] }> = [
  { scope: 'delete:users', action: 'DELETE /api/v2/users/{id}', kind: 'user', noun: { one: 'user', many: 'users' } },
  { scope: 'delete:clients', action: 'DELETE /api/v2/clients/{id}', kind: 'app', noun: { one: 'application', many: 'applications' } },
  { scope: 'delete:connections', action: 'DELETE /api/v2/connections/{id}', kind: 'database', noun: { one: 'connection', many: 'connections' }, with: ['the users of a database connection'] },
  { scope: 'delete:organizations', action: 'DELETE /api/v2/organizations/{id}', kind: 'organisation', noun: { one: 'organization', many: 'organizations' } },
];
const NO_RESTORE = 'that a deleted Auth0 user, application, connection or organization cannot be restored is UNCONFIRMED (no restore is documented)';

/** The token request is a POST by nature: only a client-credentials grant for the tenant's own Management API passes. */
export function managementTokenOnly(body: string): string {
  let b: Record<string, unknown>;
  try {
    b = JSON.parse(body) as Record<string, unknown>;
  } catch {
    throw new EgressError('refused: a token request that is not JSON');
  }
  if (Object.keys(b).sort().join(',') !== 'audience,client_id,client_secret,grant_type' || b.grant_type !== 'client_credentials')
    throw new EgressError('refused: a token request other than a client-credentials grant');
  if (typeof b.audience !== 'string' || !/^https:\/\/[a-z0-9-]+(?:\.[a-z]{2})?\.auth0\.com\/api\/v2\/$/.test(b.audience))
    throw new EgressError('refused: a token request for an audience other than the Management API');
  return 'token client_credentials (Management API)';
}

const egress: ProviderEgress = {
  provider: 'auth0',
  base: 'https://auth0.com',
  // The domains each tenant's host sits under (the region's, or none): the resolver narrows this to the one beside the secret.
  hosts: ['auth0.com', 'us.auth0.com', 'eu.auth0.com', 'au.auth0.com', 'jp.auth0.com', 'uk.auth0.com', 'ca.auth0.com'],
  routes: [{ method: 'POST', path: /^\/oauth\/token$/, read: managementTokenOnly }],
};

function withheld(f: Finding): string | undefined {
  if (!isTenantHost(f.facts.tenant, egress.hosts)) return 'no single *.auth0.com tenant is written beside the secret: an Auth0 secret is sent only to its own tenant';
  if (!f.facts.clientId) return 'no single client id (AUTH0_CLIENT_ID) is written beside the secret';
  return undefined;
}

async function resolveAuth0(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const host = f.facts.tenant ?? '';
  const a = await ctx.egress.request(tenantEgress(egress, host), {
    method: 'POST',
    path: '/oauth/token',
    headers: { 'content-type': 'application/json', accept: 'application/json' },
    body: JSON.stringify({ grant_type: 'client_credentials', client_id: f.facts.clientId, client_secret: f.secret, audience: `https://${host}/api/v2/` }),
    evidence,
  });
  const err = (a.json ?? {}) as { error?: string; error_description?: string };
  if (a.status === 401 && (err.error === 'invalid_client' || (err.error === 'access_denied' && /unauthorized/i.test(err.error_description ?? ''))))
    return revokedScope(f.tokenKind, evidence, `Auth0 answered 401 ${err.error} to the token request on ${host}: the client secret is wrong or rotated`);
  const tenant: Resource = { kind: 'organisation', name: host, noun: { one: 'Auth0 tenant', many: 'Auth0 tenants' }, bare: true };
  const environment = environmentOf(ctx, host.split('.')[0], host);
  const envs = environment ? [environment] : [];
  if (a.status === 403 && err.error === 'access_denied')
    return liveScope({
      tokenKind: f.tokenKind,
      identity: `application ${f.facts.clientId} on ${host} · no Management API grant`,
      environments: envs,
      resources: [{ ...tenant, access: ['no Management API scope'] }],
      evidence,
    });
  if (a.status !== 200) throw unexpected('auth0', a, 'POST /oauth/token');
  const t = objectOf<{ access_token?: unknown; scope?: unknown }>('auth0', a, 'POST /oauth/token');
  if (typeof t.access_token !== 'string' || typeof t.scope !== 'string') throw unexpected('auth0', a, 'POST /oauth/token');
  const scopes = t.scope.split(/\s+/).filter(Boolean);
  const root = ROOT_SCOPES.some((s) => scopes.includes(s));
  const destroy: Destroy[] = DELETES.filter((d) => root || scopes.includes(d.scope)).map((d) => ({
    action: d.action,
    target: { kind: d.kind, all: true, within: tenant, noun: d.noun, ...(d.with ? { with: d.with } : {}) },
    destroysBackups: false,
    certainty: 'inferred',
  }));
  return liveScope({
    tokenKind: root ? 'management-api-root-client-secret' : f.tokenKind,
    identity: `application ${f.facts.clientId} on ${host} · ${scopes.length} Management API scope${scopes.length === 1 ? '' : 's'}`,
    root,
    environments: root ? [...envs, '*'] : envs,
    resources: [{ ...tenant, access: scopes.length ? scopes : ['no Management API scope'] }],
    destroy,
    unconfirmed: [
      ...(destroy.length ? [NO_RESTORE] : []),
      ...(root ? ['that a client-grant scope lets the application grant itself every Management API scope follows from the scope names (UNCONFIRMED)'] : []),
    ],
    reachInferred: root,
    evidence,
  });
}

export default defineProvider({
  id: 'auth0',
  name: 'Auth0',
  asks: {
    of: 'client secrets',
    calls:
      'one client-credentials token request for the Management API (`POST https://{tenant}/oauth/token`), only on the one `*.auth0.com` tenant and with the client id written beside the secret; its `scope` is read, the token dropped',
    tells:
      "the application's Management API scopes: `create:`/`update:client_grants` → root †; `delete:users`/`clients`/`connections`/`organizations` → those deletions †; 403 → live with no Management API grant",
    docs: 'https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens/get-management-api-access-tokens-for-production',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveAuth0,
  withhold: withheld,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'organisation', ...(f.facts.tenant ? { name: f.facts.tenant, bare: true } : { count: 1 }), noun: { one: 'Auth0 tenant', many: 'Auth0 tenants' } }],
      because: ["an Auth0 client secret: what it reaches is its application's grants (the Management API's scopes among them); the secret does not say which"],
    }),
  remediation: (_f, scope) =>
    `${scope.root ? 'This application may grant itself every Management API scope. ' : ''}Give the agent an application whose client grant holds only the scopes it needs (no delete:* or client_grants scopes), keep the secret in a store the agent cannot read, and rotate this one in the Auth0 Dashboard (Applications → the application → Credentials).`,
});
