// Stand-in for Microsoft Entra ID's token endpoint and Azure Resource Manager, answering as Microsoft documents:
// the client-credentials grant and its AADSTS errors (https://learn.microsoft.com/entra/identity-platform/v2-oauth2-client-creds-grant-flow,
// https://learn.microsoft.com/entra/identity-platform/reference-error-codes), subscriptions
// (https://learn.microsoft.com/rest/api/resources/subscriptions/list), role assignments filtered by assignedTo()
// (https://learn.microsoft.com/rest/api/authorization/role-assignments/list-for-scope), role definitions by id
// (https://learn.microsoft.com/rest/api/authorization/role-definitions/get-by-id) and resource groups
// (https://learn.microsoft.com/rest/api/resources/resource-groups/list). One server plays both hosts. Any other
// route is answered 404 and recorded.
import { constants, createHash, generateKeyPairSync, type KeyObject, verify } from 'node:crypto';
import * as fake from '../../src/detect/fake.js';
import { bearer, json, startStandin, urlOf, type Canned, type Standin } from './index.js';

export interface AzurePrincipal {
  tenant: string;
  client: string;
  secret: string;
  oid: string;
  /** A certificate credential: the public key and the SHA-256 thumbprint registered on the application. */
  cert?: { publicKey: KeyObject; thumbprint: string };
}

/** The x5t#S256 of a PEM certificate: base64url SHA-256 of its DER bytes. */
export const thumbprintOf = (pem: string) =>
  createHash('sha256')
    .update(Buffer.from(pem.replace(/-----(?:BEGIN|END) CERTIFICATE-----/g, '').replace(/[^A-Za-z0-9+/=]/g, ''), 'base64'))
    .digest('base64url');

/** Whether a client assertion is one `app`'s certificate signed, for this tenant's token endpoint (PS256, x5t#S256). */
function assertionValid(assertion: string, app: AzurePrincipal): boolean {
  const [h, c, sig] = assertion.split('.');
  if (!app.cert || !h || !c || !sig) return false;
  try {
    const header = JSON.parse(Buffer.from(h, 'base64url').toString('utf8')) as Record<string, string>;
    const claims = JSON.parse(Buffer.from(c, 'base64url').toString('utf8')) as Record<string, unknown>;
    if (header.alg !== 'PS256' || header['x5t#S256'] !== app.cert.thumbprint) return false;
    if (claims.aud !== `https://login.microsoftonline.com/${app.tenant}/oauth2/v2.0/token` || claims.iss !== app.client || claims.sub !== app.client) return false;
    return verify(
      'sha256',
      Buffer.from(`${h}.${c}`),
      { key: app.cert.publicKey, padding: constants.RSA_PKCS1_PSS_PADDING, saltLength: constants.RSA_PSS_SALTLEN_DIGEST },
      Buffer.from(sig, 'base64url'),
    );
  } catch {
    return false;
  }
}
export interface AzureWorld {
  tenants: string[];
  principals: AzurePrincipal[];
  /** An expired secret: AADSTS7000222. */
  expired?: Set<string>;
  /** client secret → a fixed answer of the token endpoint. */
  canned?: Record<string, Canned>;
  subscriptions: Array<{ id: string; name: string; groups: Array<{ name: string; tags?: Record<string, string> }> }>;
  roles: Array<{ id: string; name: string; actions: string[]; notActions?: string[] }>;
  /** principal object id → its role assignments (scope, role id). */
  assignments: Record<string, Array<{ scope: string; role: string }>>;
}

const aadError = (res: Parameters<typeof json>[0], status: number, error: string, code: number, text: string) =>
  json(res, status, {
    error,
    error_description: `AADSTS${code}: ${text}\r\nTrace ID: ${fake.uuid()}`,
    error_codes: [code],
    timestamp: '2026-12-05 09:00:00Z',
    trace_id: fake.uuid(),
    correlation_id: fake.uuid(),
  });

export function startAzure(w: AzureWorld): Promise<Standin> {
  const tokens = new Map<string, AzurePrincipal>();
  return startStandin('azure', (req, body, res) => {
    const url = urlOf(req);
    const path = url.pathname;
    const tokenPath = /^\/([^/]+)\/oauth2\/v2\.0\/token$/.exec(path);
    if (tokenPath && req.method === 'POST') {
      const form = new URLSearchParams(body);
      const assertion = form.get('client_assertion');
      const secret = form.get('client_secret') ?? '';
      const c = w.canned?.[assertion ? (form.get('client_id') ?? '') : secret];
      if (c) return json(res, c.status, c.body, c.headers);
      if (!w.tenants.includes(tokenPath[1])) return aadError(res, 400, 'invalid_request', 90002, `Tenant '${tokenPath[1]}' not found.`);
      const app = w.principals.find((p) => p.tenant === tokenPath[1] && p.client === form.get('client_id'));
      if (!app) return aadError(res, 400, 'unauthorized_client', 700016, `Application with identifier '${form.get('client_id')}' was not found in the directory.`);
      const p = assertion
        ? w.principals.find((x) => x.tenant === tokenPath[1] && x.client === form.get('client_id') && assertionValid(assertion, x))
        : w.principals.find((x) => x.tenant === tokenPath[1] && x.client === form.get('client_id') && x.secret === secret);
      if (!p && assertion) return aadError(res, 401, 'invalid_client', 700027, 'Client assertion contains an invalid signature.');
      if (!p) return aadError(res, 401, 'invalid_client', 7000215, 'Invalid client secret provided.');
      if (w.expired?.has(secret)) return aadError(res, 401, 'invalid_client', 7000222, 'The provided client secret keys are expired.');
      const token = fake.jwt({ aud: 'https://management.azure.com', iss: `https://sts.windows.net/${p.tenant}/`, tid: p.tenant, oid: p.oid, appid: p.client, idtyp: 'app' });
      tokens.set(token, p);
      return json(res, 200, { token_type: 'Bearer', expires_in: 3599, ext_expires_in: 3599, access_token: token });
    }
    const p = tokens.get(bearer(req) ?? '');
    if (!p) return json(res, 401, { error: { code: 'InvalidAuthenticationToken', message: 'The access token is invalid.' } });
    if (req.method !== 'GET') return json(res, 405, { error: { code: 'MethodNotAllowed', message: 'stand-in answers reads only' } });
    const mine = w.assignments[p.oid] ?? [];
    const visible = w.subscriptions.filter((s) => mine.some((a) => a.scope.startsWith('/providers/Microsoft.Management') || a.scope.toLowerCase().startsWith(`/subscriptions/${s.id}`)));
    if (path === '/subscriptions')
      return json(res, 200, {
        value: visible.map((s) => ({ id: `/subscriptions/${s.id}`, subscriptionId: s.id, tenantId: p.tenant, displayName: s.name, state: 'Enabled' })),
        count: { type: 'Total', value: visible.length },
      });
    const sub = /^\/subscriptions\/([^/]+)(\/.*)$/.exec(path);
    const roleDef = /\/providers\/Microsoft\.Authorization\/roleDefinitions\/([^/]+)$/.exec(path);
    if (roleDef) {
      const r = w.roles.find((x) => x.id === roleDef[1]);
      if (!r) return json(res, 404, { error: { code: 'RoleDefinitionDoesNotExist', message: 'The specified role definition does not exist.' } });
      return json(res, 200, {
        id: path,
        type: 'Microsoft.Authorization/roleDefinitions',
        name: r.id,
        properties: {
          roleName: r.name,
          type: r.name.startsWith('Custom') ? 'CustomRole' : 'BuiltInRole',
          permissions: [{ actions: r.actions, notActions: r.notActions ?? [], dataActions: [], notDataActions: [] }],
          assignableScopes: ['/'],
        },
      });
    }
    if (!sub) return json(res, 404, { error: { code: 'NotFound', message: 'stand-in: no such route' } });
    const s = visible.find((x) => x.id === sub[1]);
    if (!s) return json(res, 403, { error: { code: 'AuthorizationFailed', message: `The client '${p.oid}' does not have authorization to perform action over scope '/subscriptions/${sub[1]}'.` } });
    if (sub[2] === '/providers/Microsoft.Authorization/roleAssignments') {
      const filter = url.searchParams.get('$filter') ?? '';
      const who = /^assignedTo\('([^']+)'\)$/.exec(filter)?.[1];
      if (!who) return json(res, 400, { error: { code: 'UnsupportedQuery', message: 'stand-in expects assignedTo()' } });
      const list = (w.assignments[who] ?? []).filter((a) => a.scope.startsWith('/providers/Microsoft.Management') || a.scope.toLowerCase().startsWith(`/subscriptions/${s.id}`));
      return json(res, 200, {
        value: list.map((a) => ({
          id: `${a.scope}/providers/Microsoft.Authorization/roleAssignments/${fake.uuid()}`,
          type: 'Microsoft.Authorization/roleAssignments',
          name: fake.uuid(),
          properties: { roleDefinitionId: `/subscriptions/${s.id}/providers/Microsoft.Authorization/roleDefinitions/${a.role}`, principalId: who, principalType: 'ServicePrincipal', scope: a.scope },
        })),
      });
    }
    if (sub[2] === '/resourcegroups')
      return json(res, 200, {
        value: s.groups.map((g) => ({
          id: `/subscriptions/${s.id}/resourceGroups/${g.name}`,
          name: g.name,
          type: 'Microsoft.Resources/resourceGroups',
          location: 'westeurope',
          tags: g.tags ?? {},
          properties: { provisioningState: 'Succeeded' },
        })),
      });
    return json(res, 404, { error: { code: 'NotFound', message: 'stand-in: no such route' } });
  });
}

// Built-in role ids (https://learn.microsoft.com/azure/role-based-access-control/built-in-roles).
export const AZURE_ROLES = {
  owner: '8e3af657-a8ff-443c-a75c-2fe8c4bcb635',
  contributor: 'b24988ac-6180-42a0-ab88-20f7382dd24c',
  reader: 'acdd72a7-3385-48ef-bd42-f606fba81ae7',
};

export interface AzureCredential {
  tenant: string;
  client: string;
  secret: string;
}

/** The tenant the tests resolve against: a Contributor on the production subscription, a storage operator on one staging group, a revoked and an odd secret. */
export function azureWorld() {
  const tenant = fake.uuid();
  const secret = () => `${fake.alnum(3)}${fake.digits(1)}Q~${fake.alnum(34)}`;
  const cred = (): AzureCredential => ({ tenant, client: fake.uuid(), secret: secret() });
  const T = { root: cred(), scoped: cred(), revoked: cred(), expired: cred(), odd: cred() };
  const oid = { root: fake.uuid(), scoped: fake.uuid(), expired: fake.uuid(), odd: fake.uuid() };
  const prod = fake.uuid();
  const staging = fake.uuid();
  const custom = fake.uuid();
  const start = (): Promise<Standin> =>
    startAzure({
      tenants: [tenant],
      principals: [
        { ...T.root, oid: oid.root },
        { ...T.scoped, oid: oid.scoped },
        // The revoked secret's application exists; the secret it holds is not one of its secrets.
        { ...T.revoked, secret: secret(), oid: fake.uuid() },
        { ...T.expired, oid: oid.expired },
        { ...T.odd, oid: oid.odd },
      ],
      expired: new Set([T.expired.secret]),
      canned: { [T.odd.secret]: { status: 200, body: { token_type: 'Bearer', expires_in: 3599 } } },
      subscriptions: [
        {
          id: prod,
          name: 'Acme Production',
          groups: [
            { name: 'rg-shop', tags: { environment: 'production' } },
            { name: 'rg-backup', tags: { env: 'prod' } },
          ],
        },
        { id: staging, name: 'Acme Non-Prod', groups: [{ name: 'rg-shop-staging' }, { name: 'rg-sandbox', tags: { environment: 'development' } }] },
      ],
      roles: [
        { id: AZURE_ROLES.owner, name: 'Owner', actions: ['*'] },
        {
          id: AZURE_ROLES.contributor,
          name: 'Contributor',
          actions: ['*'],
          notActions: ['Microsoft.Authorization/*/Delete', 'Microsoft.Authorization/*/Write', 'Microsoft.Authorization/elevateAccess/Action'],
        },
        { id: AZURE_ROLES.reader, name: 'Reader', actions: ['*/read'] },
        { id: custom, name: 'Custom Storage Operator', actions: ['Microsoft.Storage/storageAccounts/*', 'Microsoft.Resources/subscriptions/resourceGroups/read'] },
      ],
      assignments: {
        [oid.root]: [
          { scope: `/subscriptions/${prod}`, role: AZURE_ROLES.contributor },
          { scope: `/subscriptions/${staging}/resourceGroups/rg-shop-staging`, role: AZURE_ROLES.reader },
        ],
        [oid.scoped]: [{ scope: `/subscriptions/${staging}/resourceGroups/rg-shop-staging`, role: custom }],
        [oid.expired]: [{ scope: `/subscriptions/${staging}`, role: AZURE_ROLES.reader }],
      },
    });
  return { T, start, ids: { prod, staging } };
}

export interface AzureCertificateCredential {
  tenant: string;
  client: string;
  /** The PEM private key (the secret the detector reports) and its certificate. */
  key: string;
  certificate: string;
}

/**
 * Certificate credentials in a tenant like azureWorld's: an Owner on the production subscription, a Reader on a staging
 * one, a key whose certificate is not registered on its application (AADSTS700027), one answered 418. Keys are made here,
 * at run time; the certificates are random DER stand-ins, named by their thumbprint as Entra ID names them.
 */
export function azureCertificateWorld() {
  const tenant = fake.uuid();
  const cred = () => {
    const { privateKey, publicKey } = generateKeyPairSync('rsa', { modulusLength: 2048 });
    const c: AzureCertificateCredential = { tenant, client: fake.uuid(), key: privateKey.export({ type: 'pkcs8', format: 'pem' }).toString().trim(), certificate: fake.pem('CERTIFICATE') };
    return { c, publicKey };
  };
  const made = { root: cred(), scoped: cred(), revoked: cred(), odd: cred() };
  const T = Object.fromEntries(Object.entries(made).map(([k, v]) => [k, v.c])) as Record<keyof typeof made, AzureCertificateCredential>;
  const oid = { root: fake.uuid(), scoped: fake.uuid() };
  const prod = fake.uuid();
  const staging = fake.uuid();
  const principal = (k: 'root' | 'scoped', o: string): AzurePrincipal => ({
    tenant,
    client: T[k].client,
    secret: '',
    oid: o,
    cert: { publicKey: made[k].publicKey, thumbprint: thumbprintOf(T[k].certificate) },
  });
  const start = (): Promise<Standin> =>
    startAzure({
      tenants: [tenant],
      principals: [
        principal('root', oid.root),
        principal('scoped', oid.scoped),
        // The revoked key's application exists, with another certificate registered.
        { tenant, client: T.revoked.client, secret: '', oid: fake.uuid(), cert: { publicKey: made.root.publicKey, thumbprint: thumbprintOf(fake.pem('CERTIFICATE')) } },
      ],
      canned: { [T.odd.client]: { status: 418, body: {} } },
      subscriptions: [
        { id: prod, name: 'Acme Production', groups: [{ name: 'rg-shop', tags: { environment: 'production' } }] },
        { id: staging, name: 'Acme Staging', groups: [{ name: 'rg-shop-staging' }] },
      ],
      roles: [
        { id: AZURE_ROLES.owner, name: 'Owner', actions: ['*'] },
        { id: AZURE_ROLES.reader, name: 'Reader', actions: ['*/read'] },
      ],
      assignments: {
        [oid.root]: [{ scope: `/subscriptions/${prod}`, role: AZURE_ROLES.owner }],
        [oid.scoped]: [{ scope: `/subscriptions/${staging}`, role: AZURE_ROLES.reader }],
      },
    });
  return { T, start };
}
