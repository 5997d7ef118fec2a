import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { arrayOf, environmentOf, environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';
import { isTenantHost, tenantEgress } from './lib/tenant.js';

// An Okta API token (`Authorization: SSWS <token>`) acts with the administrator roles of the user who created it
// (https://developer.okta.com/docs/guides/create-an-api-token/main/; "the API token inherits the exact permissions"
// of a custom administrator role, https://support.okta.com/help/s/article/minimum-rights-for-custom-admin-roles-to-create-api-tokens).
// Each org has its own host, {org}.okta.com / .oktapreview.com / .okta-emea.com
// (https://developer.okta.com/docs/guides/find-your-domain/main/): the token is sent only to the one such host written
// beside it in the same file (scopes/lib/tenant.ts), never to a custom domain or any other host.
// Reads: GET /api/v1/users/me, the token's user (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/#tag/User/operation/getUser),
// then GET /api/v1/users/{id}/roles, the roles assigned to it, directly or through a group (`assignmentType`,
// https://developer.okta.com/docs/api/openapi/okta-management/management/tags/roleassignmentauser). Neither returns
// a secret. 401 with errorCode E0000011 "Invalid token provided" is Okta's answer to a revoked or expired token, or
// one whose creator was deactivated (https://developer.okta.com/docs/reference/error-codes/#E0000011,
// https://support.okta.com/help/s/article/HTTP-401-Okta-E0000011-Invalid-Token-provided-error); 429 is its rate limit
// (https://developer.okta.com/docs/reference/rl-best-practices/). 403 to the roles read leaves the roles unknown.
// What each standard role may delete (https://help.okta.com/en-us/content/topics/security/administrators-admin-comparison.htm):
// a Super Administrator everything, users (DELETE /api/v1/users/{id}, after deactivation), groups, apps and
// authorization servers; an Organization Administrator users and groups; a Group Administrator (USER_ADMIN) the
// users of its groups; an Application Administrator apps. A deleted user or app cannot be restored (UNCONFIRMED: no
// restore is documented), and Okta keeps no customer backup a token could delete.

const egress: ProviderEgress = {
  provider: 'okta',
  base: 'https://okta.com',
  // The domains each org's host sits under: the resolver narrows this to the one org beside the token.
  hosts: ['okta.com', 'oktapreview.com', 'okta-emea.com'],
  routes: [
    { method: 'GET', path: /^\/api\/v1\/users\/me$/ },
    { method: 'GET', path: /^\/api\/v1\/users\/[A-Za-z0-9]{1,40}\/roles$/ },
  ],
};

const NO_RESTORE = 'that a deleted Okta user, group or app cannot be restored is UNCONFIRMED (no restore is documented)';

interface OktaError {
  errorCode?: string;
}
interface OktaUser {
  id?: unknown;
  profile?: { login?: unknown };
}
interface RoleAssignment {
  type?: unknown;
  status?: unknown;
}

/** The Okta org's own words for what each role deletes. */
function destroyOf(roles: string[], org: Resource): Destroy[] {
  const out: Destroy[] = [];
  const has = (...r: string[]) => r.some((x) => roles.includes(x));
  const users: Resource = { kind: 'user', all: true, within: org };
  if (has('SUPER_ADMIN', 'ORG_ADMIN')) out.push({ action: 'DELETE /api/v1/users/{id}', target: users, destroysBackups: false, certainty: 'inferred' });
  else if (has('USER_ADMIN')) out.push({ action: 'DELETE /api/v1/users/{id}', target: { ...users, qualifier: 'in the groups it administers' }, destroysBackups: false, certainty: 'inferred' });
  if (has('SUPER_ADMIN', 'ORG_ADMIN'))
    out.push({ action: 'DELETE /api/v1/groups/{id}', target: { kind: 'team', all: true, within: org, noun: { one: 'group', many: 'groups' } }, destroysBackups: false, certainty: 'inferred' });
  if (has('SUPER_ADMIN', 'APP_ADMIN')) out.push({ action: 'DELETE /api/v1/apps/{id}', target: { kind: 'app', all: true, within: org }, destroysBackups: false, certainty: 'inferred' });
  if (has('SUPER_ADMIN'))
    out.push({
      action: 'DELETE /api/v1/authorizationServers/{id}',
      target: { kind: 'service', all: true, within: org, noun: { one: 'authorization server', many: 'authorization servers' } },
      destroysBackups: false,
      certainty: 'inferred',
    });
  return out;
}

async function resolveOkta(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const host = f.facts.org ?? '';
  const e = tenantEgress(egress, host);
  const headers = { authorization: `SSWS ${f.secret}` };
  const me = await get(ctx, e, '/api/v1/users/me', headers, evidence);
  if (me.status === 401 && (me.json as OktaError | undefined)?.errorCode === 'E0000011')
    return revokedScope(f.tokenKind, evidence, `Okta answered 401 E0000011 to GET /api/v1/users/me on ${host}: the token is revoked, expired or its creator deactivated`);
  if (me.status !== 200) throw unexpected('okta', me, 'GET /api/v1/users/me');
  const user = objectOf<OktaUser>('okta', me, 'GET /api/v1/users/me');
  if (typeof user.id !== 'string' || !/^[A-Za-z0-9]{1,40}$/.test(user.id)) throw unexpected('okta', me, 'GET /api/v1/users/me');
  const login = typeof user.profile?.login === 'string' ? user.profile.login : user.id;
  const org: Resource = { kind: 'organisation', name: host, noun: { one: 'Okta org', many: 'Okta orgs' }, bare: true };
  const environment = environmentOf(ctx, host.split('.')[0], host);
  const r = await get(ctx, e, `/api/v1/users/${user.id}/roles`, headers, evidence);
  if (r.status === 403) {
    return liveScope({
      tokenKind: f.tokenKind,
      identity: `${login} on ${host} · roles not readable`,
      environments: environment ? [environment] : [],
      resources: [{ ...org, access: ["the roles of the token's user (not readable with this token)"] }],
      unconfirmed: ["what the token may delete: its user's roles could not be read (403 to GET /api/v1/users/{id}/roles)"],
      evidence,
    });
  }
  if (r.status !== 200) throw unexpected('okta', r, 'GET /api/v1/users/{id}/roles');
  const roles = [
    ...new Set(
      arrayOf<RoleAssignment>('okta', r, 'GET /api/v1/users/{id}/roles')
        .filter((x) => x?.status === undefined || x.status === 'ACTIVE')
        .flatMap((x) => (typeof x?.type === 'string' ? [x.type] : [])),
    ),
  ];
  const root = roles.includes('SUPER_ADMIN');
  const destroy = destroyOf(roles, org);
  const custom = roles.includes('CUSTOM');
  return liveScope({
    tokenKind: root ? 'super-admin-api-token' : f.tokenKind,
    identity: `${login} on ${host} · ${roles.length ? roles.join(', ') : 'no administrator role'}`,
    root,
    environments: environments([environment], root),
    resources: [{ ...org, access: roles.length ? roles : ['no administrator role'] }],
    destroy,
    unconfirmed: [...(destroy.length ? [NO_RESTORE] : []), ...(custom ? ["a custom administrator role's permissions are not read: what it may delete is unknown"] : [])],
    evidence,
  });
}

export default defineProvider({
  id: 'okta',
  name: 'Okta',
  asks: {
    of: 'API tokens',
    calls: '`GET /api/v1/users/me`, `/api/v1/users/{id}/roles` (`SSWS`), only on the one `*.okta.com` / `*.oktapreview.com` / `*.okta-emea.com` org written beside the token',
    tells:
      "the token's user and its administrator roles: Super Administrator → root, user, group, app and authorization-server deletion †; Organization, Group and Application Administrators → the deletions their role allows †",
    docs: 'https://developer.okta.com/docs/api/openapi/okta-management/management/tags/roleassignmentauser',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveOkta,
  withhold: (f) =>
    isTenantHost(f.facts.org, egress.hosts) ? undefined : 'no single *.okta.com, *.oktapreview.com or *.okta-emea.com org is written beside the token: an Okta token is sent only to its own org',
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'organisation', ...(f.facts.org ? { name: f.facts.org, bare: true } : { count: 1 }), noun: { one: 'Okta org', many: 'Okta orgs' } }],
      because: ['an Okta API token acts with the administrator roles of the user who created it; the token does not say which'],
    }),
  remediation: (_f, scope) =>
    `${scope.root ? 'This token carries Super Administrator rights. ' : ''}Create the token from a dedicated service account holding only the administrator role (or a custom role and resource set) the agent needs, prefer an OAuth 2.0 service app with scoped okta.* grants, and revoke this token in the Admin Console (Security → API → Tokens).`,
});
