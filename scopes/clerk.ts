import { reachEnvironment } from '../src/context/environment.js';
import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { get, objectOf, unexpected } from './lib/saas-read.js';

// A Clerk application has a Development and a Production instance, each with its own secret key: sk_test_ for
// development, sk_live_ for production (https://clerk.com/docs/guides/development/managing-environments). The
// secret key authenticates the Backend API for the whole instance: every user, organisation and session
// ("full access to your Clerk backend API", https://nango.dev/docs/integrations/all/clerk/connect, 3rd-party).
// GET /v1/instance names the instance and its environment_type (https://clerk.com/docs/reference/backend/instance/get,
// https://clerk.com/docs/reference/backend/types/backend-instance). DELETE /v1/users/{user_id} deletes a user
// (https://clerk.com/docs/reference/backend/user/delete-user); no restore is documented (UNCONFIRMED).
// The same sk_live_/sk_test_ shape is Stripe's: detectors/lib/shared-prefix.ts decides which a key is.

const egress: ProviderEgress = {
  provider: 'clerk',
  base: 'https://api.clerk.com',
  hosts: ['api.clerk.com'],
  routes: [{ method: 'GET', path: /^\/v1\/instance$/ }],
};

const NO_RESTORE = 'that Clerk keeps no restorable copy of a deleted user or organisation is UNCONFIRMED (no restore is documented)';
const WHOLE = "that a secret key reaches every Backend API call of its instance rests on third-party documentation (UNCONFIRMED in Clerk's own reference)";

const modeOf = (f: Finding) => f.facts.mode ?? /^sk_(live|test)_/.exec(f.secret)?.[1];

const destroyOf = ({ environment: _e, ...instance }: Resource, environment: string) => [
  {
    action: 'DELETE /v1/users/{user_id}',
    target: { kind: 'user' as const, all: true, within: instance, environment, with: ['their sessions'] },
    destroysBackups: true,
    certainty: 'inferred' as const,
  },
  { action: 'DELETE /v1/organizations/{organization_id}', target: { kind: 'organisation' as const, all: true, within: instance, environment }, destroysBackups: true, certainty: 'inferred' as const },
];

async function resolveClerk(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const a = await get(ctx, egress, '/v1/instance', { authorization: `Bearer ${f.secret}` }, evidence);
  // 401: the Backend API's answer to a key that is not an active secret key (the Frontend/Backend API OpenAPI
  // specs list 401 ClerkErrors; the exact body is UNCONFIRMED). Anything else but 200 is unknown.
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, 'Clerk answered 401 to GET /v1/instance: the secret key is invalid or rolled');
  if (a.status !== 200) throw unexpected('clerk', a, 'GET /v1/instance');
  const i = objectOf<{ id?: string; environment_type?: string }>('clerk', a, 'GET /v1/instance');
  if (typeof i.id !== 'string' || typeof i.environment_type !== 'string') throw unexpected('clerk', a, 'GET /v1/instance');
  const production = i.environment_type === 'production';
  const env = reachEnvironment(production ? 'production' : 'development', ctx.environments, i.id);
  const instance: Resource = { kind: 'instance', name: i.id, environment: env };
  return liveScope({
    tokenKind: 'secret-key',
    identity: `${i.id} · ${i.environment_type} instance`,
    root: production,
    environments: [env],
    resources: [{ ...instance, including: ['every user, organisation and session'] }],
    destroy: destroyOf(instance, env),
    unconfirmed: [WHOLE, NO_RESTORE],
    evidence,
  });
}

export default defineProvider({
  id: 'clerk',
  name: 'Clerk',
  asks: {
    calls: '`GET /v1/instance`',
    tells: "the instance and its `environment_type`; a production instance's `sk_live_` → root of the instance, user and organisation deletion †",
    docs: 'https://clerk.com/docs/reference/backend/instance/get',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveClerk,
  offline: (f) => {
    const live = modeOf(f) === 'live';
    const env = live ? 'production' : 'development';
    const instance: Resource = { kind: 'instance', environment: env };
    return shapeScope({
      tokenKind: f.tokenKind,
      root: live,
      environments: [env],
      resources: [{ ...instance, including: ['every user, organisation and session'] }],
      destroy: destroyOf(instance, env).map(({ certainty: _c, ...d }) => d),
      because: [live ? 'sk_live_ is the secret key of a Clerk Production instance' : 'sk_test_ is the secret key of a Clerk Development instance', WHOLE, NO_RESTORE],
    });
  },
  remediation: (f) =>
    `Keep Clerk's secret key on the server that verifies sessions, out of files the agent reads; give an agent that needs Clerk ${modeOf(f) === 'live' ? "a Development instance's key" : 'its own Development instance'}, and roll this key at https://dashboard.clerk.com/last-active?path=api-keys.`,
});
