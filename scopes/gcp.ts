import { createPrivateKey, createPublicKey, sign, X509Certificate, type KeyObject } from 'node:crypto';
import { hostEnvironment } from '../src/context/environment.js';
import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, ProviderError, type Answer, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environments, environmentOf, type Destroy } from './lib/saas-read.js';

// Service-account keys: a zero-auth pre-check of the account's public certificates, the JWT-bearer
// token exchange signed with the key (RS256; developers.google.com/identity/protocols/oauth2/service-account),
// then Resource Manager's testIamPermissions — "ask the authorizer, don't execute" — on the key's project for the
// destroy catalogue below (https://cloud.google.com/resource-manager/reference/rest/v1/projects/testIamPermissions). The token is asked for cloud-platform.read-only, a scope testIamPermissions
// and projects.search accept: the access token minted can read, nothing else.

const READ_ONLY_SCOPE = 'https://www.googleapis.com/auth/cloud-platform.read-only';
const TOKEN_AUDIENCE = 'https://oauth2.googleapis.com/token';
const JWT_BEARER = 'urn:ietf:params:oauth:grant-type:jwt-bearer';

/** The destroy and escalation permissions tested, each by its IAM permission name. */
const CATALOGUE = [
  'resourcemanager.projects.delete',
  'resourcemanager.projects.setIamPolicy',
  'iam.serviceAccountKeys.create',
  'iam.serviceAccounts.actAs',
  'iam.serviceAccounts.getAccessToken',
  'cloudsql.instances.delete',
  'cloudsql.backupRuns.delete',
  'storage.buckets.delete',
  'storage.objects.delete',
  'compute.instances.delete',
  'compute.disks.delete',
  'compute.snapshots.delete',
];

/** The token exchange is a POST by nature: only a jwt-bearer grant whose assertion asks for read-only scopes passes. */
export function jwtBearerOnly(body: string): string {
  const form = new URLSearchParams(body);
  const keys = [...form.keys()].sort();
  if (keys.join(',') !== 'assertion,grant_type' || form.get('grant_type') !== JWT_BEARER) throw new EgressError('refused: a token request other than a jwt-bearer grant');
  let claims: { scope?: unknown };
  try {
    claims = JSON.parse(Buffer.from(form.get('assertion')!.split('.')[1] ?? '', 'base64url').toString('utf8'));
  } catch {
    throw new EgressError('refused: the jwt-bearer assertion is not a JWT');
  }
  const scopes = typeof claims.scope === 'string' ? claims.scope.split(' ') : [];
  if (!scopes.length || !scopes.every((s) => /\.read-only$|\/auth\/iam\.test$/.test(s))) throw new EgressError('refused: a token request for a scope that is not read-only');
  return 'token jwt-bearer (read-only scope)';
}

/** testIamPermissions is a POST by nature: only a body listing permission names (no wildcards) passes. */
export function testPermissionsOnly(body: string): string {
  let parsed: unknown;
  try {
    parsed = JSON.parse(body);
  } catch {
    throw new EgressError('refused: testIamPermissions without a JSON body');
  }
  const p = parsed as { permissions?: unknown };
  if (
    !parsed ||
    typeof parsed !== 'object' ||
    Object.keys(parsed).join(',') !== 'permissions' ||
    !Array.isArray(p.permissions) ||
    !p.permissions.length ||
    !p.permissions.every((x) => typeof x === 'string' && /^[a-z][a-zA-Z0-9]*(?:\.[a-zA-Z0-9]+){2}$/.test(x))
  ) {
    throw new EgressError('refused: testIamPermissions with anything but a list of permission names');
  }
  return 'testIamPermissions';
}

const egress: ProviderEgress = {
  provider: 'gcp',
  base: 'https://cloudresourcemanager.googleapis.com',
  hosts: ['oauth2.googleapis.com', 'cloudresourcemanager.googleapis.com', 'www.googleapis.com'],
  bases: { oauth2: 'https://oauth2.googleapis.com', www: 'https://www.googleapis.com' },
  routes: [
    { method: 'GET', path: /^\/robot\/v1\/metadata\/x509\/[^/]+$/, bases: ['www'] },
    { method: 'POST', path: /^\/token$/, bases: ['oauth2'], read: jwtBearerOnly },
    { method: 'GET', path: /^\/v3\/projects:search$/, bases: ['default'] },
    // Project ids: 6–30 of [a-z0-9-], starting with a letter (cloud.google.com/resource-manager/docs/creating-managing-projects).
    { method: 'POST', path: /^\/v1\/projects\/[a-z][a-z0-9-]{4,28}[a-z0-9]:testIamPermissions$/, bases: ['default'], read: testPermissionsOnly },
  ],
};

/** At most this many projects are tested, the key's own first. */
const MAX_PROJECTS = 5;

function signedAssertion(email: string, keyId: string | undefined, key: KeyObject): string {
  const now = Math.floor(Date.now() / 1000);
  const part = (o: object) => Buffer.from(JSON.stringify(o)).toString('base64url');
  const input = `${part({ alg: 'RS256', typ: 'JWT', ...(keyId ? { kid: keyId } : {}) })}.${part({ iss: email, scope: READ_ONLY_SCOPE, aud: TOKEN_AUDIENCE, iat: now, exp: now + 600 })}`;
  return `${input}.${sign('RSA-SHA256', Buffer.from(input), key).toString('base64url')}`;
}

const oauthError = (a: Answer) => a.json as { error?: string; error_description?: string } | undefined;

async function resolveGcp(f: Finding, ctx: ResolveContext) {
  if (f.tokenKind === 'authorized-user-refresh-token') throw new EgressError("a user's refresh token is only checked by minting an access token with it, which this tool does not do");
  if (f.tokenKind !== 'service-account-key') throw new EgressError('a Google API key has no read-only introspection call (only service-account keys can be checked)');
  const email = f.facts.identity;
  if (!email || !/^[^@\s/]+@[^@\s/]+$/.test(email)) throw new EgressError('the key file names no client_email');
  let key: KeyObject;
  try {
    key = createPrivateKey(f.secret.includes('\\n') ? f.secret.replace(/\\n/g, '\n') : f.secret);
  } catch {
    throw new EgressError("the key file's private_key does not parse as a PEM private key");
  }
  const evidence: string[] = [];
  const unconfirmed: string[] = [];

  // Zero-auth pre-check: the account's public certificates, keyed by key id (trufflehog gcp.go findMatchingCertificateKID).
  const certs = await ctx.egress.request(egress, { method: 'GET', path: `/robot/v1/metadata/x509/${encodeURIComponent(email)}`, headers: { accept: 'application/json' }, evidence, base: 'www' });
  let listed: boolean | undefined;
  if (certs.status === 200 && certs.json && typeof certs.json === 'object') {
    const map = certs.json as Record<string, unknown>;
    const mine = createPublicKey(key);
    listed =
      Object.values(map).some((pem) => {
        try {
          return typeof pem === 'string' && new X509Certificate(pem).publicKey.equals(mine);
        } catch {
          return false;
        }
      }) ||
      (!!f.facts.keyId && f.facts.keyId in map);
    if (!listed) unconfirmed.push("the key is not among the service account's public certificates (deleted or rotated? — UNCONFIRMED inference)");
  } else if (certs.status === 404) {
    listed = false;
    unconfirmed.push('Google lists no public certificates for this service account (deleted?)');
  } else throw new ProviderError(`gcp: unexpected response to GET /robot/v1/metadata/x509/… (HTTP ${certs.status})`, certs.status);

  // The JWT-bearer exchange: 200 with an access token; {"error":"invalid_grant","error_description":"Invalid JWT
  // Signature."} for a deleted or rotated key (googleapis/google-cloud-python#10004). Other invalid_grant
  // answers (clock skew, a disabled account) are not documented as revocation: unknown.
  const body = new URLSearchParams({ grant_type: JWT_BEARER, assertion: signedAssertion(email, f.facts.keyId, key) }).toString();
  const tok = await ctx.egress.request(egress, {
    method: 'POST',
    path: '/token',
    headers: { 'content-type': 'application/x-www-form-urlencoded', accept: 'application/json' },
    body,
    evidence,
    base: 'oauth2',
  });
  const err = oauthError(tok);
  if (tok.status === 400 && err?.error === 'invalid_grant' && /invalid jwt signature/i.test(err.error_description ?? '')) {
    return revokedScope(
      f.tokenKind,
      evidence,
      `Google refused the key's signature (invalid_grant: Invalid JWT Signature)${listed === false ? "; the key is not among the account's public certificates" : ''}`,
    );
  }
  const accessToken = (tok.json as { access_token?: unknown } | undefined)?.access_token;
  if (tok.status !== 200 || typeof accessToken !== 'string')
    throw new ProviderError(
      `gcp: unexpected response to the token exchange (HTTP ${tok.status}${err?.error ? `: ${err.error}${err.error_description ? ` — ${err.error_description.slice(0, 120)}` : ''}` : ''})`,
      tok.status,
    );
  const bearer = { authorization: `Bearer ${accessToken}`, accept: 'application/json' };

  // Other projects the account can get (cloud.google.com/resource-manager/reference/rest/v3/projects/search).
  const projects: Array<{ id: string; name?: string }> = f.facts.project ? [{ id: f.facts.project }] : [];
  const search = await ctx.egress.request(egress, { method: 'GET', path: '/v3/projects:search?pageSize=50', headers: bearer, evidence });
  if (search.status === 200) {
    for (const p of (search.json as { projects?: Array<{ projectId?: string; displayName?: string; state?: string }> } | undefined)?.projects ?? []) {
      if (!p.projectId || (p.state && p.state !== 'ACTIVE')) continue;
      const known = projects.find((x) => x.id === p.projectId);
      if (known) known.name = p.displayName;
      else projects.push({ id: p.projectId, name: p.displayName });
    }
  } else if (search.status === 403) unconfirmed.push("projects:search was refused: only the key's own project was tested");
  else throw new ProviderError(`gcp: unexpected response to GET /v3/projects:search (HTTP ${search.status})`, search.status);

  const granted = new Map<string, string[]>();
  for (const p of projects.slice(0, MAX_PROJECTS)) {
    if (!/^[a-z][a-z0-9-]{4,28}[a-z0-9]$/.test(p.id)) {
      unconfirmed.push(`project ${p.id} was not tested (not a plain project id)`);
      continue;
    }
    const t = await ctx.egress.request(egress, {
      method: 'POST',
      path: `/v1/projects/${p.id}:testIamPermissions`,
      headers: { ...bearer, 'content-type': 'application/json' },
      body: JSON.stringify({ permissions: CATALOGUE }),
      evidence,
    });
    if (t.status === 403 || t.status === 404) {
      unconfirmed.push(`testIamPermissions on project ${p.id} answered HTTP ${t.status}: its permissions there are unknown`);
      continue;
    }
    const perms = (t.json as { permissions?: unknown } | undefined)?.permissions ?? [];
    if (t.status !== 200 || !Array.isArray(perms)) throw new ProviderError(`gcp: unexpected response to testIamPermissions (HTTP ${t.status})`, t.status);
    granted.set(
      p.id,
      perms.filter((x): x is string => typeof x === 'string' && CATALOGUE.includes(x)),
    );
  }
  if (projects.length > MAX_PROJECTS) unconfirmed.push(`${projects.length - MAX_PROJECTS} more projects were not tested`);
  unconfirmed.push('project-level testIamPermissions misses grants on single resources (bucket and service-account policies) and bindings that only folders or the organization hold');

  const where = (perm: string) => [...granted].filter(([, ps]) => ps.includes(perm)).map(([id]) => id);
  const destroy: Destroy[] = [];
  const add = (perm: string, what: (project: Resource) => Resource, destroysBackups: boolean, certainty: 'confirmed' | 'inferred' = 'confirmed') => {
    for (const p of where(perm)) destroy.push({ action: perm, target: what({ kind: 'project', name: p, bare: true }), destroysBackups, certainty });
  };
  // Cloud SQL: "All data on an instance, including backups, is permanently lost when that instance is deleted"
  // unless a final backup is taken (docs.cloud.google.com/sql/docs/postgres/delete-instance).
  add('cloudsql.instances.delete', (p) => ({ kind: 'database', noun: { one: 'Cloud SQL instance', many: 'Cloud SQL instances' }, all: true, within: p, with: ['its backups'] }), true);
  add('cloudsql.backupRuns.delete', (p) => ({ kind: 'backup', noun: { one: 'Cloud SQL backup', many: 'Cloud SQL backups' }, all: true, within: p }), true);
  add('compute.snapshots.delete', (p) => ({ kind: 'snapshot', noun: { one: 'disk snapshot', many: 'disk snapshots' }, all: true, within: p }), true);
  // A project in DELETE_REQUESTED can be undeleted; the window's length is UNCONFIRMED, and a deleted project takes
  // the soft-deleted buckets' restore path with it (cloud.google.com/storage/docs/soft-delete).
  add('resourcemanager.projects.delete', (p) => ({ ...p, bare: false, with: ['everything in it'] }), true, 'inferred');
  add('storage.buckets.delete', (p) => ({ kind: 'bucket', all: true, within: p, qualifier: 'soft delete keeps them 7 days by default' }), false);
  add('storage.objects.delete', (p) => ({ kind: 'object', all: true, within: p, qualifier: 'soft delete keeps them 7 days by default' }), false);
  add('compute.instances.delete', (p) => ({ kind: 'machine', noun: { one: 'VM', many: 'VMs' }, all: true, within: p }), false);
  add('compute.disks.delete', (p) => ({ kind: 'volume', noun: { one: 'persistent disk', many: 'persistent disks' }, all: true, within: p }), false);
  if (where('resourcemanager.projects.delete').length) unconfirmed.push('how long a deleted project can be undeleted (~30 days) is UNCONFIRMED');

  const owners = where('resourcemanager.projects.setIamPolicy');
  const keyProjects = where('iam.serviceAccountKeys.create');
  const escalation: Resource[] = [
    ...(owners.length ? [{ kind: 'project', names: owners, qualifier: 'owner-equivalent: it can grant itself any role', access: ['resourcemanager.projects.setIamPolicy'] } satisfies Resource] : []),
    ...(keyProjects.length
      ? [
          {
            kind: 'api-key',
            all: true,
            within: { kind: 'project', names: keyProjects },
            qualifier: 'new service-account keys (persistence)',
            access: ['iam.serviceAccountKeys.create'],
          } satisfies Resource,
        ]
      : []),
    ...(where('iam.serviceAccounts.actAs').length || where('iam.serviceAccounts.getAccessToken').length
      ? [{ kind: 'user', all: true, qualifier: "other service accounts' identities", access: ['actAs', 'getAccessToken'] } satisfies Resource]
      : []),
  ];
  const envs = projects.map((p) => environmentOf(ctx, p.id, p.name ?? '') ?? (p.name ? environmentOf(ctx, p.name) : undefined));
  return liveScope({
    tokenKind: 'service-account-key',
    identity: email,
    root: owners.length > 0,
    environments: environments(envs, false),
    resources: [...escalation, { kind: 'project', names: projects.map((p) => p.id) }],
    destroy,
    unconfirmed,
    evidence,
  });
}

/** The projects the scope's records name first (the owner-equivalent ones when it is root). */
function projectsIn(scope: Scope): string {
  const r = scope.reach.resources.find((x) => x.kind === 'project');
  const names = r?.names ?? (r?.name ? [r.name] : []);
  return names.length ? `project ${names.join(', ')}` : 'its project';
}

export default defineProvider({
  id: 'gcp',
  name: 'Google Cloud',
  asks: {
    of: 'service-account keys',
    calls: 'x509 metadata, JWT-bearer token exchange (read-only scope), `projects:search`, `testIamPermissions`',
    tells: 'project reach; `setIamPolicy` → root (per project); Cloud SQL deletion (backups go), project deletion †',
    docs: 'https://cloud.google.com/resource-manager/reference/rest/v1/projects/testIamPermissions',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveGcp,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      identity: f.facts.identity,
      resources: f.facts.project ? [{ kind: 'project', name: f.facts.project }] : [],
      environments: f.facts.project ? envOf(f.facts.project) : [],
      because: [
        f.tokenKind === 'service-account-key'
          ? `a service-account key${f.facts.project ? ` of project ${f.facts.project}` : ''}; its roles are only known from Google`
          : f.tokenKind === 'authorized-user-refresh-token'
            ? "a gcloud user's refresh token (application-default credentials): it acts as that user in every project the user can reach"
            : 'a Google API key; the APIs it is restricted to are only known from Google',
      ],
    }),
  remediation: (f, scope) =>
    f.tokenKind === 'service-account-key'
      ? `${scope.root ? `This key's account can change IAM on ${projectsIn(scope)}. ` : ''}Drop the key file: use workload identity federation or service-account impersonation; if a key must stay, give the account a custom role with only the permissions needed (no Owner/Editor), then disable and delete this key under IAM → Service accounts → Keys.`
      : f.tokenKind === 'authorized-user-refresh-token'
        ? "Revoke it (gcloud auth application-default revoke, or remove gcloud's access at https://myaccount.google.com/permissions) and keep application-default credentials out of the agent's reach; give the agent an impersonated service account with a narrow role instead."
        : 'Restrict the API key to the APIs and referrers/IPs that need it, or replace it, at https://console.cloud.google.com/apis/credentials.',
});

function envOf(project: string): string[] {
  const env = hostEnvironment(project);
  return env ? [env] : [];
}
