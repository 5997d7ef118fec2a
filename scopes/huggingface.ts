import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource } from '../src/types.js';
import { environments, environmentOf, type Destroy } from './lib/saas-read.js';

// Roles read, write and fine-grained (https://huggingface.co/docs/hub/security-tokens), returned by
// GET /api/whoami-v2 (auth.accessToken.role, .fineGrained; huggingface.js who-am-i.d.ts, trufflehog
// analyzers/huggingface); a write token reaches every repository its user can write, organizations included.
// Repositories are deleted with DELETE /api/repos/delete (huggingface.js delete-repo.ts); whether a deleted
// repository can be recovered is UNCONFIRMED.

const egress: ProviderEgress = {
  provider: 'huggingface',
  base: 'https://huggingface.co',
  hosts: ['huggingface.co'],
  routes: [{ method: 'GET', path: /^\/api\/whoami-v2$/ }],
};

const RECOVERY = 'whether a deleted Hugging Face repository can be recovered is UNCONFIRMED (not counted as backup loss)';
/** Organization roles that can write (and so delete) the organization's repositories. */
const WRITE_ROLES = new Set(['write', 'admin']);

interface WhoAmI {
  type?: string;
  name?: string;
  email?: string;
  orgs?: Array<{ name: string; roleInOrg?: string; isEnterprise?: boolean }>;
  auth?: {
    accessToken?: {
      displayName?: string;
      role?: string;
      expiresAt?: string;
      fineGrained?: { global?: string[]; scoped?: Array<{ entity?: { type?: string; name?: string }; permissions?: string[] }> };
    };
  };
}

async function resolveHuggingface(f: Finding, ctx: ResolveContext) {
  const evidence: string[] = [];
  // 2xx valid, 401 invalid (trufflehog pkg/detectors/huggingface/huggingface.go).
  const a = await ctx.egress.request(egress, { method: 'GET', path: '/api/whoami-v2', headers: { authorization: `Bearer ${f.secret}` }, evidence });
  if (a.status === 401) return revokedScope(f.tokenKind, evidence, 'Hugging Face answered 401 to GET /api/whoami-v2');
  const me = a.json as WhoAmI | undefined;
  if (a.status !== 200 || !me || typeof me.name !== 'string') throw new ProviderError(`huggingface: unexpected response to GET /api/whoami-v2 (HTTP ${a.status})`, a.status);
  const token = me.auth?.accessToken;
  const role = (token?.role ?? '').toLowerCase().replace(/[^a-z]/g, '');
  const orgs = me.orgs ?? [];
  const identity = `${me.name}${me.email ? ` (${me.email})` : ''}${token?.displayName ? `, token "${token.displayName}"` : ''}${token?.expiresAt ? ` · expires ${token.expiresAt}` : ''}`;
  const signals = [me.name, ...orgs.map((o) => o.name)].map((n) => environmentOf(ctx, n));

  if (me.type === 'org') {
    return liveScope({
      tokenKind: 'org-api-token',
      identity: `organization ${me.name}`,
      environments: environments(signals, false),
      resources: [{ kind: 'repository', all: true, within: { kind: 'organisation', name: me.name }, qualifier: 'a deprecated organization API token' }],
      unconfirmed: ['what a deprecated organization API token may still do is not documented'],
      reachInferred: true,
      evidence,
    });
  }
  if (role === 'write') {
    const writable = orgs.filter((o) => WRITE_ROLES.has(o.roleInOrg ?? ''));
    const destroy: Destroy[] = [
      { action: 'DELETE /api/repos/delete', target: { kind: 'repository', all: true, within: { kind: 'user', name: me.name, bare: true } }, destroysBackups: false, certainty: 'inferred' },
      ...writable.map((o) => ({
        action: 'DELETE /api/repos/delete',
        target: { kind: 'repository', all: true, within: { kind: 'organisation', noun: ORGANIZATION, name: o.name, ...(o.roleInOrg ? { qualifier: o.roleInOrg } : {}) } } satisfies Resource,
        destroysBackups: false,
        certainty: 'inferred' as const,
      })),
    ];
    return liveScope({
      tokenKind: 'write-token',
      identity,
      root: true,
      environments: environments(signals, true),
      resources: [
        { kind: 'repository', all: true, within: { kind: 'user', name: me.name, bare: true }, access: ['write (pushing model weights and code: supply chain)'] },
        ...writable.map(
          (o): Resource => ({ kind: 'repository', all: true, within: { kind: 'organisation', noun: ORGANIZATION, name: o.name }, access: ['write (pushing model weights and code: supply chain)'] }),
        ),
      ],
      destroy,
      unconfirmed: [RECOVERY],
      evidence,
    });
  }
  if (role === 'finegrained') {
    const scoped = token?.fineGrained?.scoped ?? [];
    const global = token?.fineGrained?.global ?? [];
    const destroy: Destroy[] = scoped
      .filter((s) => (s.permissions ?? []).includes('repo.write'))
      .map((s) => ({
        action: 'DELETE /api/repos/delete',
        target: { kind: 'repository', all: true, within: entity(s.entity), access: ['repo.write'] } satisfies Resource,
        destroysBackups: false,
        certainty: 'inferred' as const,
      }));
    return liveScope({
      tokenKind: 'fine-grained-token',
      identity,
      environments: environments(
        scoped.map((s) => environmentOf(ctx, s.entity?.name ?? '')),
        false,
      ),
      resources: [
        ...scoped.map((s): Resource => ({ ...entity(s.entity), access: s.permissions?.length ? s.permissions : ['no permission'] })),
        ...(global.length ? [{ kind: 'account', access: global } satisfies Resource] : []),
      ],
      destroy,
      unconfirmed: destroy.length ? ['that repo.write allows deleting the repository is inferred', RECOVERY] : [],
      evidence,
    });
  }
  if (role === 'read') {
    return liveScope({
      tokenKind: 'read-token',
      identity,
      environments: environments(signals, false),
      resources: [{ kind: 'repository', all: true, accessibleTo: { kind: 'user', name: me.name }, qualifier: 'private and gated ones included', access: ['read'] }],
      evidence,
    });
  }
  throw new ProviderError(`huggingface: unexpected token role in GET /api/whoami-v2 (${role || 'none'})`, 200);
}

/** A fine-grained token's scoped entity: a user, an organization, or one repository (`model`, `dataset`, `space`). */
function entity(e: { type?: string; name?: string } | undefined): Resource {
  const name = e?.name ?? '?';
  if (e?.type === 'org') return { kind: 'organisation', name };
  if (e?.type === 'user') return { kind: 'user', name };
  return { kind: e?.type === 'model' ? 'model' : 'repository', name, ...(e?.type && e.type !== 'model' ? { qualifier: e.type } : {}) };
}

// Hugging Face's spelling (https://huggingface.co/docs/hub/organizations).
const ORGANIZATION = { one: 'organization', many: 'organizations' };

export default defineProvider({
  id: 'huggingface',
  name: 'Hugging Face',
  asks: {
    calls: '`GET /api/whoami-v2`',
    tells: 'write token → root, repository deletion †',
    docs: 'https://huggingface.co/docs/hub/security-tokens',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveHuggingface,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'repository', all: true, accessibleTo: { kind: 'user' }, qualifier: 'organizations included' }],
      because: [
        f.tokenKind === 'org-api-token'
          ? 'a deprecated organization API token, whose reach only Hugging Face can tell'
          : 'a user access token whose role (read, write or fine-grained) is only known from Hugging Face',
        'a write token can delete or overwrite every repository its user can write (pushing poisoned weights is a supply-chain risk)',
      ],
    }),
  remediation: (_f, scope) =>
    (scope.tokenKind === 'write-token' ? 'This write token can delete or overwrite every repository its user can write. ' : '') +
    (scope.tokenKind === 'fine-grained-token' || scope.tokenKind === 'read-token'
      ? 'Keep it to the named repositories with the minimal permissions (or read only), with an expiry; revoke it at https://huggingface.co/settings/tokens if it should not be here.'
      : 'Replace it with a fine-grained token scoped to the named repositories with the minimal permissions (or a read token for downloads), and revoke this one at https://huggingface.co/settings/tokens.'),
});
