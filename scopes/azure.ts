import { constants, createHash, createPrivateKey, randomUUID, sign } from 'node:crypto';
import { environmentOfWord, reachEnvironment } from '../src/context/environment.js';
import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, ProviderError, type Answer, type ProviderEgress } from '../src/resolve/egress.js';
import type { DestroyPrimitive, Finding, Resource } from '../src/types.js';

// A Microsoft Entra ID service principal's client secret, resolved read-only:
// 1. an OAuth 2.0 client-credentials token for Azure Resource Manager (POST /{tenant}/oauth2/v2.0/token,
//    scope https://management.azure.com/.default; https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow).
//    A token request changes nothing; the token is used for the GETs below only. A wrong secret is 401
//    invalid_client with AADSTS7000215, an expired one AADSTS7000222
//    (https://learn.microsoft.com/entra/identity-platform/reference-error-codes): those two alone are revoked.
// 2. GET /subscriptions — the subscriptions the principal can see (https://learn.microsoft.com/rest/api/resources/subscriptions/list).
// 3. GET …/roleAssignments?$filter=assignedTo('{objectId}') per subscription — the principal's role assignments at,
//    above (management groups) and below (resource groups) it, groups included
//    (https://learn.microsoft.com/azure/role-based-access-control/role-assignments-list-rest,
//    https://learn.microsoft.com/rest/api/authorization/role-assignments/list-for-scope).
// 4. GET {roleDefinitionId} — each role's name and actions (https://learn.microsoft.com/rest/api/authorization/role-definitions/get-by-id).
// 5. GET /subscriptions/{id}/resourcegroups — the resource groups, whose names and tags name environments
//    (https://learn.microsoft.com/rest/api/resources/resource-groups/list).
// A certificate credential (detectors/azure-client-certificate.ts) asks for the same token with a JWT assertion signed by
//    its private key instead of a secret (PS256, header x5t#S256 the certificate's SHA-256 thumbprint, aud the token
//    endpoint, iss = sub = the client id; https://learn.microsoft.com/entra/identity-platform/certificate-credentials).
//    AADSTS700027 (invalid_client, "Client assertion contains an invalid signature": the certificate is not, or no
//    longer, registered on the application) is its invalid-credential answer
//    (https://learn.microsoft.com/azure/developer/java/sdk/troubleshooting-authentication-service-principal); the
//    assertion is built once, here, and never leaves but in that token request.
// Never a call that answers a secret (listKeys, listCredentials, publishing profiles): none is allowlisted.
// Destroy primitives (https://learn.microsoft.com/azure/role-based-access-control/resource-provider-operations):
// resource group delete removes every resource in it; Recovery Services vaults refuse deletion while they hold
// backup data, soft-deleted included (https://learn.microsoft.com/azure/backup/backup-azure-delete-vault), but a
// principal that may delete protected items and turn soft delete off can remove the backups first. Whether
// a SQL server's and a storage account's backups go with them is UNCONFIRMED here (a deleted server or account
// may be restorable for a few days in some configurations): those verdicts are inferred.

const ARM = 'https://management.azure.com/.default';
const GUID = '[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}';

const ASSERTION_TYPE = 'urn:ietf:params:oauth:client-assertion-type:jwt-bearer';

/**
 * The token request is a POST by nature: only a client-credentials grant for the ARM scope passes, authenticated by
 * a client secret or by a certificate's signed assertion.
 */
export function clientCredentialsOnly(body: string): string {
  const form = new URLSearchParams(body);
  const keys = [...form.keys()].sort().join(',');
  const bySecret = keys === 'client_id,client_secret,grant_type,scope';
  const byCertificate = keys === 'client_assertion,client_assertion_type,client_id,grant_type,scope' && form.get('client_assertion_type') === ASSERTION_TYPE;
  if (!(bySecret || byCertificate) || form.get('grant_type') !== 'client_credentials') throw new EgressError('refused: a token request other than a client-credentials grant');
  if (form.get('scope') !== ARM) throw new EgressError('refused: a token request for a scope other than Azure Resource Manager');
  return byCertificate ? 'token client_credentials (ARM, certificate assertion)' : 'token client_credentials (ARM)';
}

const b64url = (b: Buffer | string) => Buffer.from(b).toString('base64url');

/**
 * The client assertion a certificate credential presents (https://learn.microsoft.com/entra/identity-platform/certificate-credentials):
 * signed with the key, naming the certificate by its SHA-256 thumbprint. The PEM may be JSON-escaped or indented.
 */
export function certificateAssertion(keyPem: string, certificatePem: string, tenantId: string, clientId: string, now = Date.now()): string {
  const plainPem = (pem: string) => pem.replace(/\\n/g, '\n').replace(/^[ \t]+/gm, '');
  let key: ReturnType<typeof createPrivateKey>;
  try {
    key = createPrivateKey(plainPem(keyPem));
  } catch {
    throw new ProviderError('azure: the private key beside the certificate cannot be read, so nothing was sent');
  }
  if (key.asymmetricKeyType !== 'rsa') throw new ProviderError('azure: the private key is not RSA, which Entra ID certificate credentials use; nothing was sent');
  const der = Buffer.from(
    plainPem(certificatePem)
      .replace(/-----(?:BEGIN|END) CERTIFICATE-----/g, '')
      .replace(/[^A-Za-z0-9+/=]/g, ''),
    'base64',
  );
  const header = { alg: 'PS256', typ: 'JWT', 'x5t#S256': b64url(createHash('sha256').update(der).digest()) };
  const t = Math.floor(now / 1000);
  const claims = { aud: `https://login.microsoftonline.com/${tenantId}/oauth2/v2.0/token`, iss: clientId, sub: clientId, jti: randomUUID(), nbf: t, iat: t, exp: t + 600 };
  const input = `${b64url(JSON.stringify(header))}.${b64url(JSON.stringify(claims))}`;
  const signature = sign('sha256', Buffer.from(input), { key, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST });
  return `${input}.${b64url(signature)}`;
}

const egress: ProviderEgress = {
  provider: 'azure',
  base: 'https://management.azure.com',
  hosts: ['management.azure.com', 'login.microsoftonline.com'],
  bases: { login: 'https://login.microsoftonline.com' },
  routes: [
    { method: 'POST', path: /^\/[A-Za-z0-9.-]{1,100}\/oauth2\/v2\.0\/token$/, bases: ['login'], read: clientCredentialsOnly },
    { method: 'GET', path: /^\/subscriptions$/, bases: ['default'] },
    { method: 'GET', path: new RegExp(`^/subscriptions/${GUID}/providers/Microsoft\\.Authorization/roleAssignments$`), bases: ['default'] },
    { method: 'GET', path: new RegExp(`^(?:/subscriptions/${GUID})?/providers/Microsoft\\.Authorization/roleDefinitions/${GUID}$`), bases: ['default'] },
    { method: 'GET', path: new RegExp(`^/subscriptions/${GUID}/resourcegroups$`), bases: ['default'] },
  ],
};

interface Subscription {
  subscriptionId: string;
  displayName: string;
  state?: string;
}
interface RoleAssignment {
  properties: { roleDefinitionId: string; principalId: string; scope: string };
}
interface RoleDefinition {
  properties: { roleName: string; permissions: Array<{ actions: string[]; notActions?: string[] }> };
}
interface ResourceGroup {
  name: string;
  tags?: Record<string, string>;
}

// Built-in roles that reach everything they are assigned on, or can grant themselves anything there
// (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles): at subscription or
// management-group scope they are root for that part of the tenant.
const ROOT_ROLES = new Set(['Owner', 'Contributor', 'User Access Administrator', 'Role Based Access Control Administrator']);

type Primitive = Omit<DestroyPrimitive, 'certainty'> & { certainty: DestroyPrimitive['certainty'] };
const DESTROY: Array<{ action: string; kind: Resource['kind']; noun: { one: string; many: string }; destroysBackups: boolean; certainty: DestroyPrimitive['certainty'] }> = [
  { action: 'Microsoft.Resources/subscriptions/resourceGroups/delete', kind: 'project', noun: { one: 'resource group', many: 'resource groups' }, destroysBackups: true, certainty: 'inferred' },
  { action: 'Microsoft.Sql/servers/delete', kind: 'server', noun: { one: 'SQL server', many: 'SQL servers' }, destroysBackups: true, certainty: 'inferred' },
  { action: 'Microsoft.Storage/storageAccounts/delete', kind: 'bucket', noun: { one: 'storage account', many: 'storage accounts' }, destroysBackups: true, certainty: 'inferred' },
  { action: 'Microsoft.RecoveryServices/vaults/delete', kind: 'backup', noun: { one: 'Recovery Services vault', many: 'Recovery Services vaults' }, destroysBackups: false, certainty: 'confirmed' },
  {
    action: 'Microsoft.RecoveryServices/vaults/backupFabrics/protectionContainers/protectedItems/delete',
    kind: 'backup',
    noun: { one: 'backup item', many: 'backup items' },
    destroysBackups: true,
    certainty: 'inferred',
  },
];
const UNCONFIRMED = [
  'that deleting a resource group, SQL server or storage account takes the backups kept in it is UNCONFIRMED (Azure documents soft delete and restore windows for some of them)',
  'that deleting backup items removes them for good is UNCONFIRMED: Recovery Services keeps them soft-deleted for 14 days unless soft delete is turned off, which the same role may do',
];

/** Azure's action wildcards (a star matches any run of characters: `*`, `Microsoft.Storage/*`), case-insensitive. */
function grants(patterns: string[], action: string): boolean {
  const pattern = (p: string) => p.replace(/[.+?^$()|[\]\\{}]/g, '\\$&').replace(/\*/g, '.*');
  return patterns.some((p) => new RegExp(`^${pattern(p)}$`, 'i').test(action));
}
export function allows(def: RoleDefinition, action: string): boolean {
  return def.properties.permissions.some((p) => grants(p.actions, action) && !grants(p.notActions ?? [], action));
}

/** What an assignment's scope is: a management group, a subscription, a resource group or one resource. */
function scopeOf(
  scope: string,
  subs: Map<string, Subscription>,
): { level: 'tenant' | 'management-group' | 'subscription' | 'resource-group' | 'resource'; resource: Resource; sub?: string; group?: string } {
  const s = scope.replace(/\/$/, '');
  if (s === '' || s === '/') return { level: 'tenant', resource: { kind: 'organisation', noun: { one: 'tenant', many: 'tenants' }, all: true } };
  const mg = /^\/providers\/Microsoft\.Management\/managementGroups\/([^/]+)$/i.exec(s);
  if (mg) return { level: 'management-group', resource: { kind: 'organisation', noun: { one: 'management group', many: 'management groups' }, name: mg[1] } };
  const m = /^\/subscriptions\/([^/]+)(?:\/resourceGroups\/([^/]+)(\/.+)?)?$/i.exec(s);
  if (!m) return { level: 'resource', resource: { kind: 'configuration', name: s, bare: true } };
  const sub: Resource = { kind: 'account', noun: { one: 'subscription', many: 'subscriptions' }, name: subs.get(m[1].toLowerCase())?.displayName ?? m[1], id: m[1] };
  if (!m[2]) return { level: 'subscription', resource: sub, sub: m[1].toLowerCase() };
  const group: Resource = { kind: 'project', noun: { one: 'resource group', many: 'resource groups' }, name: m[2], within: sub };
  if (!m[3]) return { level: 'resource-group', resource: group, sub: m[1].toLowerCase(), group: m[2] };
  return { level: 'resource', resource: { kind: 'configuration', name: m[3].split('/').pop()!, aside: m[3].split('/').slice(2, -1).join('/'), within: group }, sub: m[1].toLowerCase(), group: m[2] };
}

/** The environment a name's words say (`rg-shop-staging`, `Acme Production`); `non-prod` names none. */
function nameEnvironment(name: string): string | undefined {
  for (const w of name
    .toLowerCase()
    .replace(/non[-_ ]?prod(?:uction)?/g, ' ')
    .split(/[^a-z0-9]+/)) {
    const env = w ? environmentOfWord(w) : undefined;
    if (env) return env;
  }
  return undefined;
}

/** A resource group's environment: the config's map, its `environment`/`env` tag, its name's words; else unknown. */
function groupEnvironment(g: ResourceGroup, sub: Subscription, ctx: ResolveContext): string {
  if (ctx.environments[g.name]) return ctx.environments[g.name].toLowerCase();
  const tag = Object.entries(g.tags ?? {}).find(([k]) => /^env(?:ironment)?$/i.test(k))?.[1];
  if (tag) return reachEnvironment(tag, ctx.environments);
  return nameEnvironment(g.name) ?? subscriptionEnvironment(sub, ctx);
}
function subscriptionEnvironment(sub: Subscription, ctx: ResolveContext): string {
  return ctx.environments[sub.subscriptionId] ?? ctx.environments[sub.displayName] ?? nameEnvironment(sub.displayName) ?? 'unknown';
}

const oauthError = (a: Answer) => a.json as { error?: string; error_description?: string; error_codes?: number[] } | undefined;

async function arm<T>(ctx: ResolveContext, token: string, path: string, evidence: string[], what: string): Promise<{ ok: true; body: T } | { ok: false; status: number; code?: string }> {
  const a = await ctx.egress.request(egress, { method: 'GET', path, headers: { authorization: `Bearer ${token}`, accept: 'application/json' }, evidence });
  // ARM answers 403 AuthorizationFailed when the principal may not read something (https://learn.microsoft.com/azure/azure-resource-manager/troubleshooting/common-deployment-errors).
  if (a.status === 403) return { ok: false, status: 403, code: (a.json as { error?: { code?: string } } | undefined)?.error?.code };
  if (a.status !== 200 || !a.json || typeof a.json !== 'object') throw new ProviderError(`azure: unexpected response to ${what} (HTTP ${a.status})`, a.status);
  return { ok: true, body: a.json as T };
}

async function resolveAzure(f: Finding, ctx: ResolveContext) {
  const evidence: string[] = [];
  const { tenantId, clientId } = f.facts;
  const certificate = f.tokenKind === 'client-certificate';
  const credential: Record<string, string> = certificate
    ? { client_assertion_type: ASSERTION_TYPE, client_assertion: certificateAssertion(f.secret, f.parts.clientCertificate ?? '', tenantId, clientId) }
    : { client_secret: f.secret };
  const tok = await ctx.egress.request(egress, {
    method: 'POST',
    path: `/${encodeURIComponent(tenantId)}/oauth2/v2.0/token`,
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body: new URLSearchParams({ client_id: clientId, ...credential, grant_type: 'client_credentials', scope: ARM }).toString(),
    evidence,
    base: 'login',
  });
  const err = oauthError(tok);
  const codes = err?.error_codes ?? [];
  if (tok.status === 401 && err?.error === 'invalid_client' && certificate && codes.includes(700027))
    return revokedScope(f.tokenKind, evidence, 'Entra ID answered invalid_client (AADSTS700027: the certificate is not registered on the application, or the key is not its)');
  if (tok.status === 401 && err?.error === 'invalid_client' && !certificate && (codes.includes(7000215) || codes.includes(7000222)))
    return revokedScope(f.tokenKind, evidence, `Entra ID answered invalid_client (AADSTS${codes.includes(7000222) ? '7000222, expired' : '7000215, invalid'} client secret)`);
  const accessToken = (tok.json as { access_token?: unknown } | undefined)?.access_token;
  if (tok.status !== 200 || typeof accessToken !== 'string') {
    // AADSTS700016 (no such application in the tenant) or 90002 (no such tenant): the ids beside the secret may be another app's.
    throw new ProviderError(`azure: unexpected response to the token request (HTTP ${tok.status}${err?.error ? `: ${err.error}${codes.length ? ` AADSTS${codes[0]}` : ''}` : ''})`, tok.status);
  }
  let claims: { oid?: string; appid?: string; tid?: string };
  try {
    claims = JSON.parse(Buffer.from(accessToken.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    throw new ProviderError('azure: the access token is not a JWT');
  }
  if (typeof claims.oid !== 'string' || !new RegExp(`^${GUID}$`).test(claims.oid)) throw new ProviderError('azure: the access token carries no object id (oid)');
  const oid = claims.oid;

  const list = await arm<{ value: Subscription[] }>(ctx, accessToken, '/subscriptions?api-version=2022-12-01', evidence, 'GET /subscriptions');
  if (!list.ok || !Array.isArray(list.body.value)) throw new ProviderError('azure: malformed answer to GET /subscriptions');
  const subs = new Map(list.body.value.filter((s) => typeof s.subscriptionId === 'string').map((s) => [s.subscriptionId.toLowerCase(), s]));
  const unconfirmed: string[] = [];
  const assignments: RoleAssignment[] = [];
  const groups = new Map<string, ResourceGroup[]>();
  for (const [id, sub] of subs) {
    const filter = encodeURIComponent(`assignedTo('${oid}')`);
    const ra = await arm<{ value: RoleAssignment[] }>(
      ctx,
      accessToken,
      `/subscriptions/${id}/providers/Microsoft.Authorization/roleAssignments?api-version=2022-04-01&$filter=${filter}`,
      evidence,
      'role assignments',
    );
    if (ra.ok && Array.isArray(ra.body.value)) assignments.push(...ra.body.value.filter((a) => a?.properties && typeof a.properties.roleDefinitionId === 'string'));
    else unconfirmed.push(`the role assignments in subscription ${sub.displayName} could not be read (${ra.ok ? 'malformed answer' : (ra.code ?? `HTTP ${ra.status}`)})`);
    const rg = await arm<{ value: ResourceGroup[] }>(ctx, accessToken, `/subscriptions/${id}/resourcegroups?api-version=2021-04-01`, evidence, 'resource groups');
    groups.set(id, rg.ok && Array.isArray(rg.body.value) ? rg.body.value : []);
  }
  const unique = [...new Map(assignments.map((a) => [`${a.properties.scope}|${a.properties.roleDefinitionId}`, a])).values()];
  const defs = new Map<string, RoleDefinition>();
  const definitionPath = new RegExp(`^(?:/subscriptions/${GUID})?/providers/Microsoft\\.Authorization/roleDefinitions/${GUID}$`);
  for (const id of new Set(unique.map((a) => a.properties.roleDefinitionId))) {
    if (!definitionPath.test(id)) {
      unconfirmed.push(`a role definition outside a subscription was not read (${id.split('/').pop()})`);
      continue;
    }
    const d = await arm<RoleDefinition>(ctx, accessToken, `${id}?api-version=2022-04-01`, evidence, 'a role definition');
    if (d.ok && d.body.properties && Array.isArray(d.body.properties.permissions)) defs.set(id, d.body);
    else unconfirmed.push(`a role definition could not be read (${id.split('/').pop()})`);
  }

  let root = false;
  const roles: string[] = [];
  const destroy: Primitive[] = [];
  const envs = new Set<string>();
  const resources: Resource[] = [];
  for (const a of unique) {
    const def = defs.get(a.properties.roleDefinitionId);
    const at = scopeOf(a.properties.scope, subs);
    const roleName = def?.properties.roleName ?? a.properties.roleDefinitionId.split('/').pop()!;
    roles.push(`${roleName} on ${a.properties.scope || '/'}`);
    resources.push({ ...at.resource, access: [roleName] });
    const broad = at.level === 'tenant' || at.level === 'management-group' || at.level === 'subscription';
    if (broad && (ROOT_ROLES.has(roleName) || (def && allows(def, '*/write') && allows(def, '*/delete')))) root = true;
    // The environments this assignment reaches: every resource group below it, or its own.
    const reached = new Set<string>();
    for (const id of at.sub ? [at.sub] : [...subs.keys()]) {
      const sub = subs.get(id);
      if (!sub) continue;
      const gs = (groups.get(id) ?? []).filter((g) => !at.group || g.name.toLowerCase() === at.group.toLowerCase());
      if (!at.group) reached.add(subscriptionEnvironment(sub, ctx));
      for (const g of gs) reached.add(groupEnvironment(g, sub, ctx));
      if (at.group && !gs.length) reached.add(nameEnvironment(at.group) ?? subscriptionEnvironment(sub, ctx));
    }
    for (const e of reached) envs.add(e);
    const one = reached.size === 1 ? [...reached][0] : undefined;
    if (!def) continue;
    for (const d of DESTROY) {
      if (!allows(def, d.action)) continue;
      destroy.push({
        action: d.action,
        target: at.level === 'resource' ? at.resource : { kind: d.kind, noun: d.noun, all: true, within: at.resource, ...(one && one !== 'unknown' ? { environment: one } : {}) },
        destroysBackups: d.destroysBackups,
        certainty: d.certainty,
      });
    }
  }
  const named = [...envs].filter((e) => e !== 'unknown');
  const production = named.includes('production');
  return liveScope({
    tokenKind: f.tokenKind,
    identity: `service principal ${clientId} (object ${oid}) in tenant ${tenantId}${roles.length ? ` · ${roles.join('; ')}` : ' · no role assignments'}`,
    root,
    environments: root && production ? ['*', ...named] : named.length ? named : envs.size ? ['unknown'] : [],
    resources: resources.length ? resources : [{ kind: 'account', noun: { one: 'subscription', many: 'subscriptions' }, count: 0 }],
    destroy,
    unconfirmed: [...unconfirmed, ...(destroy.some((d) => d.certainty === 'inferred') ? UNCONFIRMED : [])],
    evidence,
  });
}

export default defineProvider({
  id: 'azure',
  name: 'Azure',
  asks: {
    of: 'service principals (client secrets and certificates)',
    calls:
      'Entra ID client-credentials token for Resource Manager (a token request; a certificate signs a JWT assertion), `GET /subscriptions`, role assignments `assignedTo(<object id>)`, role definitions, resource groups',
    tells:
      'Owner/Contributor/User Access Administrator at subscription or management-group scope → root; resource group, SQL server, storage account deletion with backups †; Recovery Services vaults (refused while they hold backups) and backup-item deletion †; environments from subscription and resource-group names and `environment` tags (never `listKeys`)',
    docs: 'https://learn.microsoft.com/azure/role-based-access-control/role-assignments-list-rest',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveAzure,
  // Without the tenant and application ids there is nothing to present the secret to.
  withhold: (f) => (f.facts.tenantId && f.facts.clientId ? undefined : 'no tenant id and client id beside the secret (AZURE_TENANT_ID, AZURE_CLIENT_ID)'),
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      root: false,
      environments: ['unknown'],
      destroy: [
        {
          action: 'Microsoft.Resources/subscriptions/resourceGroups/delete',
          target: {
            kind: 'project',
            noun: { one: 'resource group', many: 'resource groups' },
            all: true,
            within: { kind: 'account', noun: { one: 'subscription', many: 'subscriptions' }, any: true },
          },
          destroysBackups: true,
        },
      ],
      because: [
        `an Entra ID service principal's ${f.tokenKind === 'client-certificate' ? 'certificate (its private key)' : 'client secret'}${f.facts.clientId ? ` for application ${f.facts.clientId}` : ''}: it acts with every Azure role the principal holds, commonly Contributor on a subscription (which may delete resource groups and everything in them)`,
      ],
    }),
  remediation: (_f, scope) =>
    `${scope.root ? 'This service principal holds Owner or Contributor over a whole subscription or management group. ' : ''}Assign the principal a role with the listed actions only, on the one resource group it needs (https://learn.microsoft.com/azure/role-based-access-control/best-practices), prefer a federated credential or managed identity to a secret, put delete locks on production resource groups and vaults, and delete this ${_f.tokenKind === 'client-certificate' ? 'certificate' : 'secret'} in Entra ID → App registrations → Certificates & secrets.`,
});
