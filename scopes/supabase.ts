import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { EgressError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Scope, Resource } from '../src/types.js';
import { arrayOf, environmentOf, environments, get, unexpected } from './lib/saas-read.js';
import { projectEnvironment, supabaseProject } from './lib/supabase.js';

// Classic PATs carry "every permission, on every organization and every project you belong to"
// (https://supabase.com/docs/guides/platform/personal-access-tokens); scoped PATs (GA 2026-10-06) answer a 403
// listing `missing_permissions` (https://supabase.com/changelog/scoped-personal-access-tokens-ga). Liveness:
// GET https://api.supabase.com/v1/projects, 2xx = valid (trufflehog supabasetoken). service_role and sb_secret_
// keys bypass Row Level Security in one project (https://supabase.com/docs/guides/api/api-keys). Project deletion
// takes the platform backups (Supabase moderators citing the docs: discussions 47990, 52275).

const egress: ProviderEgress = {
  provider: 'supabase',
  base: 'https://api.supabase.com',
  hosts: ['api.supabase.com'],
  routes: [
    { method: 'GET', path: /^\/v1\/projects$/ },
    { method: 'GET', path: /^\/v1\/organizations$/ },
  ],
};

/** What goes with a Supabase project when it is deleted. */
const PROJECT_PARTS = ['its database, Storage, Auth, Edge Functions, configuration and platform backups'];
const project = (f: Finding): Resource => supabaseProject(f.facts.ref);
const BACKUPS =
  'that deleting a project takes its platform backups rests on Supabase moderators\' answers citing the docs ("The backups go with the project"); the Management API delete path is UNCONFIRMED';
const SCOPED_PREFIX = 'scoped PATs are told from classic ones only by the reported sbp_fc prefix (GitGuardian, UNCONFIRMED): a PAT without it is taken as classic';

interface SupabaseProject {
  id: string;
  ref?: string;
  name?: string;
  organization_id?: string;
  status?: string;
}

async function resolveSupabase(f: Finding, ctx: ResolveContext): Promise<Scope> {
  if (f.tokenKind !== 'pat') {
    // No documented read-only whoami for project keys (https://supabase.com/docs/guides/api/api-keys), and for sb_secret_
    // keys the project host comes from the file, which must never steer where a secret is sent.
    throw new EgressError("not resolved: Supabase documents no read-only identity call for project keys; the verdict is the key's role and project ref");
  }
  const evidence: string[] = [];
  const auth = { authorization: `Bearer ${f.secret}` };
  const p = await get(ctx, egress, '/v1/projects', auth, evidence);
  if (p.status === 401) return revokedScope(f.tokenKind, evidence, 'Supabase answered 401: the token is invalid or revoked');
  if (p.status === 403) {
    const missing = (p.json as { missing_permissions?: unknown } | undefined)?.missing_permissions;
    if (!Array.isArray(missing)) throw unexpected('supabase', p, 'GET /v1/projects');
    return liveScope({
      tokenKind: 'scoped-pat',
      identity: `scoped personal access token · lacks ${missing.join(', ') || 'project read'}`,
      resources: [{ kind: 'organisation', also: 'project', all: true, qualifier: 'those it was granted; it may not list projects' }],
      unconfirmed: ['a scoped PAT that may not list projects: which projects and capabilities it holds is not determinable read-only'],
      reachInferred: true,
      evidence,
    });
  }
  if (p.status !== 200) throw unexpected('supabase', p, 'GET /v1/projects');
  const projects = arrayOf<SupabaseProject>('supabase', p, 'GET /v1/projects');
  const o = await get(ctx, egress, '/v1/organizations', auth, evidence);
  const orgs = o.status === 200 ? arrayOf<{ id: string; name?: string }>('supabase', o, 'GET /v1/organizations') : [];
  if (o.status !== 200 && o.status !== 403) throw unexpected('supabase', o, 'GET /v1/organizations');
  const refs = projects.map((x) => ({ ref: x.ref ?? x.id, name: x.name ?? x.ref ?? x.id }));
  const listed = refs.map((x) => `${x.name} (${x.ref})`);
  const envs = refs.map((x) => environmentOf(ctx, x.name, x.ref));
  const orgNames = orgs.map((x) => x.name ?? x.id);

  if (f.secret.startsWith('sbp_fc')) {
    return liveScope({
      tokenKind: 'scoped-pat',
      identity: `scoped personal access token${orgNames.length ? ` · organizations: ${orgNames.join(', ')}` : ''}`,
      environments: environments(envs, false),
      resources: [{ kind: 'project', names: listed, access: ['read'] }],
      unconfirmed: [SCOPED_PREFIX, "a scoped PAT's write capabilities (project deletion among them) are not determinable read-only"],
      reachInferred: true,
      evidence,
    });
  }
  return liveScope({
    tokenKind: 'classic-pat',
    identity: `classic personal access token${orgNames.length ? ` · organizations: ${orgNames.join(', ')}` : ''}`,
    root: true,
    environments: environments(envs, true),
    resources: [
      { kind: 'organisation', also: 'project', all: true, accessibleTo: { kind: 'user' }, qualifier: 'now and in future' },
      { kind: 'project', names: listed },
    ],
    destroy: [{ action: 'project delete (Management API)', target: { kind: 'project', names: listed, including: PROJECT_PARTS }, destroysBackups: true, certainty: 'inferred' }],
    unconfirmed: [SCOPED_PREFIX, BACKUPS, "it can also read every project's API keys and run SQL: downstream secrets are part of its blast radius (not fetched)"],
    reachInferred: true,
    evidence,
  });
}

export default defineProvider({
  id: 'supabase',
  name: 'Supabase',
  asks: {
    calls: 'PAT: `GET /v1/projects`, `/v1/organizations`; `service_role`/`sb_secret_` keys decoded offline (JWT `role`, `ref`)',
    tells: 'classic PAT → root with project deletion (backups go) †; service role bypasses RLS',
    docs: 'https://supabase.com/docs/reference/api/introduction',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveSupabase,
  offline: (f, ctx) => {
    if (f.tokenKind === 'pat') {
      const maybeScoped = f.secret.startsWith('sbp_fc');
      return shapeScope({
        tokenKind: f.tokenKind,
        root: !maybeScoped,
        environments: maybeScoped ? [] : ['*'],
        resources: [{ kind: 'organisation', also: 'project', all: true, accessibleTo: { kind: 'user' }, qualifier: 'now and in future' }],
        destroy: maybeScoped ? [] : [{ action: 'project delete (Management API)', target: { kind: 'project', all: true, including: PROJECT_PARTS }, destroysBackups: true }],
        because: maybeScoped
          ? ['sbp_fc is the reported prefix of a scoped personal access token (UNCONFIRMED); its projects and capabilities are only known from Supabase']
          : [
              'a classic personal access token carries every permission on every organization and project of its user',
              BACKUPS,
              'a scoped PAT (GA 2026-10-06) is narrower, and its format is not documented (reported prefix sbp_fc, UNCONFIRMED)',
            ],
      });
    }
    if (f.tokenKind === 'service_role' || f.tokenKind === 'supabase_admin' || f.tokenKind === 'secret-key') {
      const what = f.tokenKind === 'secret-key' ? 'an sb_secret_ key' : `a ${f.tokenKind} key`;
      const env = projectEnvironment(f, f.facts.ref, ctx);
      return shapeScope({
        tokenKind: f.tokenKind,
        identity: f.facts.ref,
        environments: env.environment ? [env.environment] : [],
        resources: [project(f)],
        destroy: [
          {
            action: 'delete rows (Data API, bypassing RLS)',
            target: { kind: 'data', noun: { one: 'row', many: 'rows' }, all: true, within: { kind: 'table', noun: { one: 'exposed table', many: 'exposed tables' }, all: true, within: project(f) } },
            destroysBackups: false,
          },
          { action: 'auth.admin.deleteUser', target: { kind: 'user', noun: { one: 'Auth user', many: 'Auth users' }, all: true, within: project(f) }, destroysBackups: false },
          { action: 'Storage object delete', target: { kind: 'object', noun: { one: 'Storage object', many: 'Storage objects' }, all: true, within: project(f) }, destroysBackups: false },
        ],
        because: [
          `${what} bypasses Row Level Security in its project: it can delete or change every row, delete Auth users and Storage objects`,
          "the project's platform backups are out of its reach; whether the project is production is known only from its ref or the file",
          ...(env.because ? [env.because] : []),
        ],
      });
    }
    return shapeScope({ tokenKind: f.tokenKind, because: [`a Supabase ${f.tokenKind} whose reach only Supabase can tell`] });
  },
  remediation: (f) =>
    f.tokenKind === 'pat'
      ? 'Replace it with a scoped personal access token limited to the one project and the capabilities the task needs (read-only where it only reads), with an expiry, and revoke this one at https://supabase.com/dashboard/account/tokens.'
      : `Use the publishable key with Row Level Security on clients, and on servers an individually revocable sb_secret_ key kept out of files the agent reads; rotate this one at https://supabase.com/dashboard/project/${f.facts.ref ?? '_'}/settings/api-keys (a legacy JWT key: roll the JWT secret).`,
});
