import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding } from '../src/types.js';
import { environments, environmentOf } from './lib/saas-read.js';

// Personal access tokens carry no scopes: "a bearer token that acts as a Netlify user" (netlify.com/auth.md);
// no scoped PAT type was found (UNCONFIRMED). Site env reads expose downstream secrets (trufflehog
// analyzers/netlify/requests.go): GET /sites/{id}/env is never called. Whether a deleted site can be restored
// is UNCONFIRMED.

const egress: ProviderEgress = {
  provider: 'netlify',
  base: 'https://api.netlify.com',
  hosts: ['api.netlify.com'],
  routes: [
    { method: 'GET', path: /^\/api\/v1\/user$/ },
    { method: 'GET', path: /^\/api\/v1\/sites$/ },
  ],
};

const NO_SCOPES = 'that Netlify has no scoped personal access token is UNCONFIRMED (none is documented)';
const SITE_RESTORE = 'whether a deleted Netlify site can be restored is UNCONFIRMED (not counted as backup loss)';

interface Site {
  id: string;
  name: string;
  account_name?: string;
  account_slug?: string;
}

async function resolveNetlify(f: Finding, ctx: ResolveContext) {
  const evidence: string[] = [];
  const headers = { authorization: `Bearer ${f.secret}` };
  // 200 valid, 401 invalid (expired tokens too) (trufflehog pkg/detectors/netlify/v1, v2; analyzer requests.go).
  const user = await ctx.egress.request(egress, { method: 'GET', path: '/api/v1/user', headers, evidence });
  if (user.status === 401) return revokedScope(f.tokenKind, evidence, 'Netlify answered 401 to GET /api/v1/user');
  if (user.status !== 200) throw new ProviderError(`netlify: unexpected response to GET /api/v1/user (HTTP ${user.status})`, user.status);
  const u = user.json as { email?: string; full_name?: string } | undefined;
  if (!u || typeof u.email !== 'string') throw new ProviderError('netlify: malformed answer to GET /api/v1/user (no email)', 200);

  const sites = await ctx.egress.request(egress, { method: 'GET', path: '/api/v1/sites?filter=all&per_page=100', headers, evidence });
  if (sites.status !== 200 || !Array.isArray(sites.json)) throw new ProviderError(`netlify: unexpected response to GET /api/v1/sites (HTTP ${sites.status})`, sites.status);
  const list = sites.json as Site[];
  const names = list.map((s) => s.name);
  const teams = [...new Set(list.map((s) => s.account_name ?? s.account_slug).filter((t): t is string => !!t))];
  return liveScope({
    tokenKind: 'personal-access-token',
    identity: u.email,
    root: true,
    environments: environments(
      list.map((s) => environmentOf(ctx, s.name, s.id, s.account_slug ?? '')),
      true,
    ),
    resources: [
      { kind: 'team', also: 'app', all: true, accessibleTo: { kind: 'user', name: u.email } },
      { kind: 'app', noun: SITE, names, ...(list.length === 100 ? { qualifier: 'first page' } : {}), ...(teams.length ? { within: { kind: 'team', names: teams } } : {}) },
      { kind: 'secret', all: true, within: { kind: 'app', noun: SITE, all: true }, qualifier: 'environment variables' },
    ],
    destroy: [
      {
        action: 'site delete',
        target: names.length ? { kind: 'app', noun: SITE, names } : { kind: 'app', noun: SITE, all: true, accessibleTo: { kind: 'user' } },
        destroysBackups: false,
        certainty: 'inferred',
      },
      {
        action: 'deploy rollback or replacement',
        target: { kind: 'deployment', all: true, within: { kind: 'app', noun: SITE, all: true }, environment: 'production' },
        destroysBackups: false,
        certainty: 'inferred',
      },
    ],
    unconfirmed: [NO_SCOPES, SITE_RESTORE],
    evidence,
  });
}

// Netlify's noun for an app (https://docs.netlify.com/api/get-started/).
const SITE = { one: 'site', many: 'sites' };

export default defineProvider({
  id: 'netlify',
  name: 'Netlify',
  asks: {
    calls: '`GET /api/v1/user`, `/api/v1/sites`',
    tells: 'every PAT acts as its user → root; site deletion †',
    docs: 'https://docs.netlify.com/api/get-started/',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveNetlify,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      root: true,
      environments: ['*'],
      resources: [{ kind: 'team', also: 'app', all: true, accessibleTo: { kind: 'user' }, including: ['their environment variables'] }],
      destroy: [{ action: 'site delete', target: { kind: 'app', noun: SITE, all: true, accessibleTo: { kind: 'user' } }, destroysBackups: false }],
      because: [
        'a Netlify personal access token acts as its user across all their teams and sites (that no scoped PAT exists is UNCONFIRMED)',
        "it can read every site's environment variables, and replace or roll back deploys",
        SITE_RESTORE,
      ],
    }),
  remediation: (_f, scope) =>
    `${scope.identity ? `This token acts as ${scope.identity} on every team and site. ` : ''}Use a short-expiry token of a dedicated team member with the least access (or OAuth through Netlify's MCP server for agents), and revoke this one at https://app.netlify.com/user/applications#personal-access-tokens.`,
});
