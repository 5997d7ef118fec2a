import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, type Answer, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Scope, Resource } from '../src/types.js';
import { environmentOf, environments, get, objectOf, unexpected, type Destroy } from './lib/saas-read.js';

// Tokens are scoped to the full account, one team or one project (https://vercel.com/docs/accounts/access-tokens;
// https://vercel.com/changelog/project-scoped-tokens). GET /v5/user/tokens/current "returns the metadata for the
// token that the current HTTP request is authenticated with", scopes[] of {type: user|team, teamId}
// (https://vercel.com/docs/rest-api/authentication/get-auth-token-metadata); GET /v2/user and GET /v2/teams
// (membership roles) name the reach. Project deletion is "irreversible", with its deployments and domains.
// Env-var values are never read: GET /v1/projects/{id}/env/{id} returns them decrypted.

const egress: ProviderEgress = {
  provider: 'vercel',
  base: 'https://api.vercel.com',
  hosts: ['api.vercel.com'],
  routes: [
    { method: 'GET', path: /^\/v5\/user\/tokens\/current$/ },
    { method: 'GET', path: /^\/v2\/user$/ },
    { method: 'GET', path: /^\/v2\/teams$/ },
  ],
};

interface TokenScope {
  type: string;
  teamId?: string;
  projectId?: string;
}
interface Team {
  id: string;
  slug?: string;
  name?: string;
  membership?: { role?: string };
}

const DECRYPT = 'it can read every environment variable of what it reaches, decrypted (GET /v1/projects/{id}/env/{id}): downstream secrets are part of its blast radius (not fetched)';

/**
 * Vercel answers an invalid, expired or revoked token with 403 {"error":{"code":"forbidden","invalidToken":true}}
 * (observed across public reports; Vercel's SDK docs say only "403-style", https://vercel.com/docs/sdk). A 403 without
 * invalidToken is a valid token refused this call (a project-scoped token, UNCONFIRMED): unknown, never revoked.
 */
function invalidToken(a: Answer): boolean {
  return (a.status === 403 || a.status === 401) && (a.json as { error?: { invalidToken?: boolean } } | undefined)?.error?.invalidToken === true;
}

const deletes = (role: string | undefined) => role === undefined || !/^(?:VIEWER|BILLING|CONTRIBUTOR|VIEWER_FOR_PLUS)$/.test(role);

async function resolveVercel(f: Finding, ctx: ResolveContext): Promise<Scope> {
  if (f.tokenKind === 'app-refresh-token') throw new EgressError('not resolved: an app refresh token is never redeemed to test it');
  const evidence: string[] = [];
  const auth = { authorization: `Bearer ${f.secret}` };
  const cur = await get(ctx, egress, '/v5/user/tokens/current', auth, evidence);
  if (invalidToken(cur)) return revokedScope(f.tokenKind, evidence, 'Vercel answered 403 invalidToken: the token is invalid, expired or revoked (Vercel auto-revokes tokens leaked in public)');
  if (cur.status !== 200) throw unexpected('vercel', cur, 'GET /v5/user/tokens/current');
  const token = objectOf<{ token?: { id?: string; name?: string; type?: string; expiresAt?: number; scopes?: TokenScope[] } }>('vercel', cur, 'GET /v5/user/tokens/current').token;
  if (!token || !Array.isArray(token.scopes)) throw unexpected('vercel', cur, 'GET /v5/user/tokens/current');
  const expires = token.expiresAt ? ` · expires ${new Date(token.expiresAt).toISOString().slice(0, 10)}` : ' · no expiry';
  const named = `token ${token.name ?? token.id ?? '?'}`;
  const notes: string[] = [DECRYPT];
  const destroy: Destroy[] = [];
  const DELETE = 'DELETE /v9/projects/{idOrName}';

  const userScope = token.scopes.find((s) => s.type === 'user');
  const teamIds = token.scopes.filter((s) => s.type === 'team' && s.teamId).map((s) => s.teamId!);
  const projectScopes = token.scopes.filter((s) => s.type !== 'user' && s.type !== 'team');

  if (userScope || teamIds.length) {
    let username: string | undefined;
    if (userScope) {
      const u = await get(ctx, egress, '/v2/user', auth, evidence);
      if (u.status !== 200) throw unexpected('vercel', u, 'GET /v2/user');
      username = objectOf<{ user?: { username?: string; email?: string } }>('vercel', u, 'GET /v2/user').user?.username;
    }
    const t = await get(ctx, egress, '/v2/teams?limit=100', auth, evidence);
    if (t.status !== 200) throw unexpected('vercel', t, 'GET /v2/teams');
    const all = objectOf<{ teams?: Team[] }>('vercel', t, 'GET /v2/teams').teams ?? [];
    const teams = userScope ? all : all.filter((x) => teamIds.includes(x.id));
    const label = (x: Team) => x.slug ?? x.name ?? x.id;
    const owners = teams.filter((x) => x.membership?.role === 'OWNER');
    const others = teams.filter((x) => x.membership?.role !== 'OWNER' && deletes(x.membership?.role));
    const mine: Resource[] = [...(userScope ? [personal(username)] : []), ...owners.map((x): Resource => ({ kind: 'team', name: label(x), bare: true, qualifier: 'owner' }))];
    for (const owner of mine) destroy.push({ action: DELETE, target: { kind: 'project', all: true, within: owner, with: ['its deployments and domains'] }, destroysBackups: true });
    if (others.length) {
      const roles = [...new Set(others.map((x) => x.membership?.role ?? 'unknown role'))].join('/');
      for (const x of others)
        destroy.push({
          action: `${DELETE} (as ${roles})`,
          target: { kind: 'project', all: true, within: { kind: 'team', name: label(x), bare: true, qualifier: x.membership?.role ?? 'role unknown' }, with: ['its deployments and domains'] },
          destroysBackups: true,
          certainty: 'inferred',
        });
      notes.push(`which team roles besides OWNER may delete projects is UNCONFIRMED (${others.map((x) => x.membership?.role ?? 'unknown').join(', ')})`);
    }
    // A full-account token acts as its user in every team; a team token reaches every project of its team.
    const root = !!userScope || owners.length > 0;
    return liveScope({
      tokenKind: userScope ? 'full-account-token' : 'team-token',
      identity: `${username ?? 'a Vercel user'} · ${named} · ${userScope ? 'Full Account' : `team scope: ${teams.map(label).join(', ') || teamIds.join(', ')}`}${expires}`,
      root,
      environments: environments(
        teams.map((x) => environmentOf(ctx, x.slug ?? x.name, x.id, x.name)),
        root,
      ),
      resources: [
        ...(userScope ? [{ kind: 'project', also: 'deployment', all: true, within: personal(username) } satisfies Resource] : []),
        { kind: 'project', also: 'deployment', all: true, within: { kind: 'team', names: teams.map(label) } },
      ],
      destroy,
      unconfirmed: notes,
      evidence,
    });
  }

  if (projectScopes.length) {
    // The shape of a project-scoped token's scopes[] entry is UNCONFIRMED: read as {type, projectId, teamId}.
    const ids = projectScopes.map((s) => s.projectId ?? s.teamId ?? s.type);
    return liveScope({
      tokenKind: 'project-token',
      identity: `${named} · project scope: ${ids.join(', ')}${expires}`,
      environments: environments(
        ids.map((id) => environmentOf(ctx, id)),
        false,
      ),
      resources: [{ kind: 'project', names: ids, qualifier: 'only', including: ['their deployments, domains and environment variables'] }],
      destroy: [{ action: DELETE, target: { kind: 'project', names: ids, with: ['their deployments and domains'] }, destroysBackups: true, certainty: 'inferred' }],
      unconfirmed: [...notes, 'how /v5/user/tokens/current describes a project-scoped token, and whether such a token may delete its own project, is UNCONFIRMED'],
      reachInferred: true,
      evidence,
    });
  }
  throw unexpected('vercel', cur, 'GET /v5/user/tokens/current (no scopes)');
}

/** The user's own account, as Vercel calls it (https://vercel.com/docs/accounts). */
function personal(username: string | undefined): Resource {
  return username
    ? { kind: 'account', noun: { one: 'personal account', many: 'personal accounts' }, name: username }
    : { kind: 'account', noun: { one: "user's personal account", many: 'personal accounts' } };
}

export default defineProvider({
  id: 'vercel',
  name: 'Vercel',
  asks: {
    calls: '`GET /v5/user/tokens/current`, `/v2/user`, `/v2/teams`',
    tells: 'full-account token → root; project deletion (project-token reach †)',
    docs: 'https://vercel.com/docs/rest-api/authentication/get-auth-token-metadata',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveVercel,
  offline: (f) => {
    if (f.tokenKind === 'app-refresh-token') {
      return shapeScope({ tokenKind: f.tokenKind, because: ['an app refresh token mints app access tokens; it is never redeemed to test it'] });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'account', qualifier: 'the full account, one team or one project, as the token was scoped' }],
      because: [
        `a Vercel ${f.tokenKind}: whether it is scoped to the full account, a team or one project is only known from Vercel`,
        'a full-account token can delete every project with its deployments and domains ("irreversible") and read decrypted environment variables',
      ],
    });
  },
  remediation: (_f, scope) =>
    scope.tokenKind !== 'project-token'
      ? 'Replace it with a project-scoped token for the one project the task deploys, with an expiry (https://vercel.com/account/settings/tokens), and delete this one there (or DELETE /v3/user/tokens/{tokenId}).'
      : 'Keep it a project-scoped token for the one project the task deploys, with an expiry, and delete this one at https://vercel.com/account/settings/tokens once replaced.',
});
