import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// PagerDuty REST API keys have no prefix of their own: a value in a pagerduty-named key or token variable is found by
// the generic detector and attributed here. Account-level keys are full access or read-only; user tokens act as
// their user with the user's role (https://support.pagerduty.com/main/docs/api-access-keys). Every call sends
// `Authorization: Token token=…` (https://developer.pagerduty.com/docs/authentication); an invalid key is 401
// (https://developer.pagerduty.com/docs/errors). GET /abilities lists the account's abilities and answers any valid
// key (https://developer.pagerduty.com/api-reference/); GET /users/me answers only a user token, with the user's
// role. Whether an account-level key is read-only is not readable (UNCONFIRMED): a full-access key deletes services
// (DELETE /services/{id}, with their incidents — UNCONFIRMED whether kept), escalation policies and schedules.

const egress: ProviderEgress = {
  provider: 'pagerduty',
  base: 'https://api.pagerduty.com',
  hosts: ['api.pagerduty.com'],
  routes: [
    { method: 'GET', path: /^\/abilities$/ },
    { method: 'GET', path: /^\/users\/me$/ },
  ],
};

const READ_ONLY = 'whether an account-level PagerDuty key is read-only or full access is not readable through the API (UNCONFIRMED)';
const INCIDENTS = 'that deleting a service takes its incident history with it is UNCONFIRMED';
/** Roles that manage the whole account (https://support.pagerduty.com/main/docs/user-roles). */
const ADMIN_ROLES = new Set(['owner', 'admin']);

const destroyOf = (account: Resource): Destroy[] => [
  { action: 'DELETE /services/{id}', target: { kind: 'service', all: true, within: account, with: ['their incidents'] }, destroysBackups: true, certainty: 'inferred' },
  {
    action: 'DELETE /escalation_policies/{id}',
    target: { kind: 'configuration', all: true, within: account, noun: { one: 'escalation policy', many: 'escalation policies' } },
    destroysBackups: false,
    certainty: 'inferred',
  },
  { action: 'DELETE /schedules/{id}', target: { kind: 'configuration', all: true, within: account, noun: { one: 'schedule', many: 'schedules' } }, destroysBackups: false, certainty: 'inferred' },
];

async function resolvePagerDuty(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const headers = { authorization: `Token token=${f.secret}`, accept: 'application/vnd.pagerduty+json;version=2' };
  const a = await get(ctx, egress, '/abilities', headers, evidence);
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, 'PagerDuty answered 401 to GET /abilities: the key is invalid or removed');
  if (a.status !== 200) throw unexpected('pagerduty', a, 'GET /abilities');
  const abilities = objectOf<{ abilities?: string[] }>('pagerduty', a, 'GET /abilities').abilities;
  if (!Array.isArray(abilities)) throw unexpected('pagerduty', a, 'GET /abilities');
  const account: Resource = { kind: 'account', count: 1 };
  const me = await get(ctx, egress, '/users/me', headers, evidence);
  const user = me.status === 200 ? (me.json as { user?: { email?: string; role?: string } } | undefined)?.user : undefined;
  if (user && typeof user.role === 'string') {
    const admin = ADMIN_ROLES.has(user.role);
    const readOnly = /observer|read_only|restricted/.test(user.role);
    return liveScope({
      tokenKind: 'user-token',
      identity: `${user.email ?? 'a user'} · role ${user.role}`,
      root: admin,
      environments: admin ? ['*'] : [],
      resources: [{ ...account, access: [user.role] }],
      destroy: readOnly ? [] : destroyOf(account),
      unconfirmed: readOnly ? [] : [INCIDENTS, ...(admin ? [] : ['which services a user of this role may delete depends on its team roles (UNCONFIRMED)'])],
      evidence,
    });
  }
  // Not a user token (PagerDuty refuses /users/me for account-level keys): full access reaches the whole account.
  return liveScope({
    tokenKind: 'account-key',
    identity: `account-level key · ${abilities.length} abilities`,
    root: true,
    reachInferred: true,
    environments: ['*'],
    resources: [{ ...account, including: ['every service, schedule and escalation policy'] }],
    destroy: destroyOf(account),
    unconfirmed: [READ_ONLY, INCIDENTS],
    evidence,
  });
}

export default defineProvider({
  id: 'pagerduty',
  name: 'PagerDuty',
  asks: {
    calls: '`GET /abilities`, `/users/me` (`Authorization: Token token=`)',
    tells: 'account-level key → root † (read-only keys not readable), service deletion with its incidents †; user token → its role (owner/admin → root)',
    docs: 'https://developer.pagerduty.com/api-reference/',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolvePagerDuty,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'account', count: 1 }],
      because: [`${f.context.variable ?? 'its variable'} holds a PagerDuty REST API key or user token: an account-level full-access key manages the whole account`, READ_ONLY],
    }),
  remediation: (_f, scope) =>
    `${scope.root ? 'This key manages the whole PagerDuty account. ' : ''}Give the agent a read-only account key or a user token of an Observer/Restricted Access user, and remove this key under Integrations → API Access Keys (https://support.pagerduty.com/main/docs/api-access-keys).`,
});
