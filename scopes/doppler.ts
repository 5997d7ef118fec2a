import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// Doppler's token kinds (https://docs.doppler.com/reference/api): CLI and personal tokens read and write every
// resource of the account's workplace; a service token reads (or reads and writes) the secrets of one config; a
// service-account token holds the granular roles of its service account; SCIM tokens manage users and groups; audit
// tokens are read-only. GET /v3/me ("Me", https://docs.doppler.com/reference/auth-me) names the token's type, its
// name and its workplace — never a secret value: this resolver makes no call that returns secrets (no
// /v3/configs/config/secrets*). Deleting a project deletes its environments, configs and secrets
// (https://docs.doppler.com/reference/projects-delete); that nothing restorable is kept is UNCONFIRMED.

const egress: ProviderEgress = {
  provider: 'doppler',
  base: 'https://api.doppler.com',
  hosts: ['api.doppler.com'],
  routes: [{ method: 'GET', path: /^\/v3\/me$/ }],
};

const NO_RESTORE = 'that a deleted Doppler project or config keeps no restorable copy (its secret versions and logs going with it) is UNCONFIRMED (no restore is documented)';
const GRANULAR = "what a service account's roles allow is not readable with its own token (UNCONFIRMED: judged from the workplace role it may hold)";

/** The config a service token names in its own text (`dp.st.prd.…`, https://docs.doppler.com/docs/Auth-token-formats). */
const configOf = (f: Finding) => /^dp\.st\.([a-z0-9_-]{2,35})\./.exec(f.secret)?.[1];

const KIND_OF_TYPE: Record<string, string> = {
  cli: 'cli-token',
  personal: 'personal-token',
  service: 'service-token',
  service_token: 'service-token',
  service_account: 'service-account-token',
  scim: 'scim-token',
  audit: 'audit-token',
};

function workplaceDestroy(workplace: Resource): Destroy[] {
  return [
    {
      action: 'DELETE /v3/projects/project',
      target: { kind: 'project', all: true, within: workplace, environment: '*', with: ['its environments, configs and secrets'] },
      destroysBackups: true,
      certainty: 'inferred',
    },
    { action: 'DELETE /v3/configs/config', target: { kind: 'configuration', all: true, within: workplace, environment: '*' }, destroysBackups: true, certainty: 'inferred' },
  ];
}

async function resolveDoppler(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const a = await get(ctx, egress, '/v3/me', { authorization: `Bearer ${f.secret}` }, evidence);
  // 401 is Doppler's answer to a token that is not valid ("standard HTTP response codes", https://docs.doppler.com/reference/api).
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, 'Doppler answered 401 to GET /v3/me: the token is invalid or revoked');
  if (a.status !== 200) throw unexpected('doppler', a, 'GET /v3/me');
  const me = objectOf<{ type?: string; name?: string; workplace?: { name?: string; slug?: string } }>('doppler', a, 'GET /v3/me');
  const kind = typeof me.type === 'string' ? KIND_OF_TYPE[me.type] : undefined;
  if (!kind || typeof me.workplace?.name !== 'string') throw unexpected('doppler', a, 'GET /v3/me');
  const workplace: Resource = { kind: 'workspace', name: me.workplace.name, id: me.workplace.slug, noun: { one: 'workplace', many: 'workplaces' } };
  const identity = `${me.name ? `${me.name} · ` : ''}${me.type} token · workplace ${me.workplace.name}`;
  if (kind === 'cli-token' || kind === 'personal-token') {
    return liveScope({
      tokenKind: kind,
      identity,
      root: true,
      environments: environments([environmentOf(ctx, me.workplace.name, me.workplace.slug)], true),
      resources: [{ ...workplace, including: ['every project, config and secret'] }],
      destroy: workplaceDestroy(workplace),
      unconfirmed: [NO_RESTORE],
      evidence,
    });
  }
  if (kind === 'service-token') {
    const config = configOf(f);
    const env = config ? environmentOf(ctx, config) : undefined;
    return liveScope({
      tokenKind: kind,
      identity,
      environments: env ? [env] : [],
      resources: [{ kind: 'configuration', ...(config ? { name: config } : { count: 1 }), within: workplace, access: ['its secrets: read, or read and write'] }],
      unconfirmed: ['whether a service token may also write its config is not readable from GET /v3/me (UNCONFIRMED)'],
      evidence,
    });
  }
  if (kind === 'service-account-token') {
    return liveScope({
      tokenKind: kind,
      identity,
      reachInferred: true,
      environments: [],
      resources: [{ ...workplace, qualifier: 'the roles of its service account' }],
      destroy: workplaceDestroy(workplace),
      unconfirmed: [GRANULAR, NO_RESTORE],
      evidence,
    });
  }
  if (kind === 'scim-token') {
    return liveScope({
      tokenKind: kind,
      identity,
      resources: [{ kind: 'user', all: true, within: workplace, also: 'team' }],
      destroy: [{ action: 'SCIM DELETE /Users/{id}', target: { kind: 'user', all: true, within: workplace }, destroysBackups: false, certainty: 'inferred' }],
      unconfirmed: ["that a SCIM token may remove every member of its workplace rests on the SCIM protocol, not on Doppler's own reference (UNCONFIRMED)"],
      evidence,
    });
  }
  return liveScope({ tokenKind: kind, identity, resources: [{ ...workplace, qualifier: 'read only (audit)' }], evidence });
}

export default defineProvider({
  id: 'doppler',
  name: 'Doppler',
  asks: {
    calls: '`GET /v3/me` (never a secrets call)',
    tells: "CLI/personal token → root of the workplace, project and config deletion (secrets with them †); service token → its one config, environment from the config's name; service-account roles †",
    docs: 'https://docs.doppler.com/reference/auth-me',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveDoppler,
  offline: (f, ctx) => {
    const config = configOf(f);
    const workplace: Resource = { kind: 'workspace', noun: { one: 'workplace', many: 'workplaces' } };
    if (f.tokenKind === 'cli-token' || f.tokenKind === 'personal-token')
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: [{ ...workplace, including: ['every project, config and secret'] }],
        destroy: workplaceDestroy(workplace),
        because: [
          `${f.tokenKind === 'cli-token' ? 'dp.ct.' : 'dp.pt.'} is a Doppler ${f.tokenKind === 'cli-token' ? 'CLI' : 'personal'} token: read and write on every resource of the account (https://docs.doppler.com/reference/api)`,
          NO_RESTORE,
        ],
      });
    if (f.tokenKind === 'service-token') {
      const env = config ? environmentOf({ environments: ctx?.environments ?? {} }, config) : undefined;
      return shapeScope({
        tokenKind: f.tokenKind,
        environments: env ? [env] : [],
        resources: [{ kind: 'configuration', ...(config ? { name: config } : { count: 1 }), within: workplace }],
        because: [`dp.st. is a Doppler service token: the secrets of one config${config ? ` (${config})` : ''}, read or read and write`],
      });
    }
    return shapeScope({ tokenKind: f.tokenKind, resources: [workplace], because: [`a Doppler ${f.tokenKind.replace(/-/g, ' ')}: what it reaches is its own grants in one workplace`] });
  },
  remediation: (_f, scope) =>
    scope.root
      ? 'Give the agent a Doppler service token for the one config it needs, read-only (Project → Config → Access), and revoke this token at https://dashboard.doppler.com/workplace/tokens.'
      : 'Keep a Doppler service token to one non-production config and read-only access, and revoke it under Project → Config → Access when the agent no longer needs it.',
});
