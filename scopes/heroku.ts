import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource } from '../src/types.js';
import { environments, environmentOf, type Destroy } from './lib/saas-read.js';

// The API key and `global` authorizations have "Full access to account and to control all apps and
// resources"; read/write/identity authorizations are narrower (https://devcenter.heroku.com/articles/oauth;
// blog.heroku.com/oauth-for-platform-api-in-public-beta). apps:destroy, addons:destroy (Postgres data included)
// and pg:backups:delete are the destroy commands (the Heroku CLI's apps:destroy, addons:destroy and pg:backups:delete); whether backups survive is UNCONFIRMED.
// GET /oauth/authorizations would tell the scope too, but its objects carry access and refresh tokens
// (heroku/cli docs/authorizations.md): it is never called. The scope comes from the `Oauth-Scope` header Heroku sends on every
// answer (brandur.org/elegant-apis; observed in terraform-provider-heroku logs).

const egress: ProviderEgress = {
  provider: 'heroku',
  base: 'https://api.heroku.com',
  hosts: ['api.heroku.com'],
  routes: [
    { method: 'GET', path: /^\/account$/ },
    { method: 'GET', path: /^\/apps$/ },
  ],
};

interface App {
  id: string;
  name: string;
  team?: { name: string } | null;
}

const BACKUPS = 'whether Heroku Postgres backups survive addons:destroy or apps:destroy is UNCONFIRMED (counted as lost with the database)';

async function get(ctx: ResolveContext, f: Finding, path: string, evidence: string[]) {
  return ctx.egress.request(egress, { method: 'GET', path, headers: { authorization: `Bearer ${f.secret}`, accept: 'application/vnd.heroku+json; version=3' }, evidence });
}

async function resolveHeroku(f: Finding, ctx: ResolveContext) {
  const evidence: string[] = [];
  // GET /account: 200 active, 401 inactive, 403 a valid key without access to the account resource — never
  // revoked (trufflehog pkg/detectors/heroku/v1; gitlab MR 248117).
  const account = await get(ctx, f, '/account', evidence);
  if (account.status === 401) return revokedScope(f.tokenKind, evidence, 'Heroku answered 401 to GET /account');
  if (account.status !== 200 && account.status !== 403) throw new ProviderError(`heroku: unexpected response to GET /account (HTTP ${account.status})`, account.status);
  const email = account.status === 200 ? (account.json as { email?: string } | undefined)?.email : undefined;
  if (account.status === 200 && typeof email !== 'string') throw new ProviderError('heroku: malformed answer to GET /account (no email)', 200);

  const apps = await get(ctx, f, '/apps', evidence);
  let list: App[] | undefined;
  // 206 Partial Content: more apps than one page (Range pagination, devcenter platform-api-reference).
  if (apps.status === 200 || apps.status === 206) {
    if (!Array.isArray(apps.json)) throw new ProviderError(`heroku: malformed answer to GET /apps (HTTP ${apps.status})`, apps.status);
    list = apps.json as App[];
  } else if (apps.status !== 403) throw new ProviderError(`heroku: unexpected response to GET /apps (HTTP ${apps.status})`, apps.status);

  const header = (account.headers.get('oauth-scope') ?? apps.headers.get('oauth-scope') ?? '').split(/[\s,]+/).filter(Boolean);
  const has = (s: string) => header.includes(s);
  const names = (list ?? []).map((a) => a.name);
  const envs = (list ?? []).map((a) => environmentOf(ctx, a.name, a.id, a.team?.name ?? ''));
  const teams = [...new Set((list ?? []).map((a) => a.team?.name).filter((t): t is string => !!t))];
  const resources: Resource[] = [
    list ? { kind: 'app', names, ...(apps.status === 206 ? { qualifier: 'first page' } : {}) } : { kind: 'app', all: true, qualifier: 'not listed: the token cannot read apps' },
    ...(teams.length ? [{ kind: 'team', names: teams } satisfies Resource] : []),
  ];
  const configVars = (apps: Resource): Resource => ({ kind: 'secret', all: true, within: apps, qualifier: 'config vars' });
  const identity = email ?? 'a Heroku user (the token cannot read the account)';

  // global: "Full access to account and to control all apps and resources. Equivalent to API key".
  const global = has('global') || (!header.length && account.status === 200 && !!list);
  if (global) {
    const destroy: Destroy[] = [
      { action: 'apps:destroy', target: { kind: 'app', all: true, names, within: { kind: 'account' } }, destroysBackups: false },
      { action: 'addons:destroy', target: { kind: 'service', all: true, qualifier: 'add-ons, Heroku Postgres databases included' }, destroysBackups: true, certainty: 'inferred' },
      { action: 'pg:backups:delete', target: { kind: 'backup', all: true, qualifier: 'Heroku Postgres' }, destroysBackups: true },
    ];
    return liveScope({
      tokenKind: header.length ? 'global-token' : 'api-key',
      identity,
      root: true,
      environments: environments(envs, true),
      resources: [...resources, configVars({ kind: 'app', all: true })],
      destroy: header.length ? destroy : destroy.map((d) => ({ ...d, certainty: 'inferred' as const })),
      unconfirmed: [
        BACKUPS,
        ...(header.length ? [] : ['Heroku sent no Oauth-Scope header: that the token is the account API key or a global authorization is inferred from its reading both the account and every app']),
      ],
      reachInferred: !header.length,
      evidence,
    });
  }
  const write = has('write') || has('write-protected');
  const secrets = has('read-protected') || has('write-protected');
  const kind = write ? 'write-token' : has('read') || has('read-protected') ? 'read-token' : has('identity') ? 'identity-token' : 'scoped-token';
  return liveScope({
    tokenKind: kind,
    identity,
    environments: environments(envs, false),
    resources: [...resources, ...(secrets ? [configVars({ kind: 'app', names })] : [])],
    destroy: write
      ? [
          { action: 'apps:destroy', target: names.length ? { kind: 'app', names } : { kind: 'app', all: true, accessibleTo: { kind: 'user' } }, destroysBackups: false, certainty: 'inferred' },
          {
            action: 'addons:destroy',
            target: { kind: 'service', all: true, within: { kind: 'app', names }, qualifier: 'add-ons, Heroku Postgres databases included' },
            destroysBackups: true,
            certainty: 'inferred',
          },
        ]
      : [],
    unconfirmed: [
      `Oauth-Scope: ${header.join(' ') || 'none sent'}`,
      ...(write
        ? [
            "that a write authorization may destroy apps and add-ons rests on a third-party summary of the write scope; Heroku's announcement of the scopes names global, identity, read and write (https://blog.heroku.com/oauth-for-platform-api-in-public-beta)",
            BACKUPS,
          ]
        : []),
    ],
    reachInferred: !header.length,
    evidence,
  });
}

export default defineProvider({
  id: 'heroku',
  name: 'Heroku',
  asks: {
    calls: '`GET /account`, `/apps` (`Oauth-Scope` header)',
    tells: '`global` → root, app and Postgres backup deletion',
    docs: 'https://devcenter.heroku.com/articles/platform-api-reference',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveHeroku,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'app', all: true, within: { kind: 'account' }, qualifier: 'API key or global authorization; a narrower authorization reaches less' }],
      because: [
        "the account's API key and global authorizations reach every app and add-on; a read, write or identity authorization is narrower; the format does not say which",
        'a global token can destroy apps and add-ons (Heroku Postgres data included) and delete Postgres backups (pg:backups:delete); whether backups survive apps:destroy is UNCONFIRMED',
      ],
    }),
  remediation: (_f, scope) =>
    (scope.root
      ? `This ${scope.tokenKind} controls every app of ${scope.identity ?? 'its account'}. `
      : scope.tokenKind === 'write-token'
        ? 'This write authorization can change and destroy apps. '
        : '') +
    'Replace it with an OAuth authorization limited to the scope needed, with an expiry (heroku authorizations:create -s read -e <seconds>; team authorizations for automation), and revoke this one (heroku authorizations:revoke, or regenerate the API key at https://dashboard.heroku.com/account).',
});
