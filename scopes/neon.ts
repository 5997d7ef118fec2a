import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import { ProviderError, type ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource } from '../src/types.js';
import { environments, environmentOf, type Destroy } from './lib/saas-read.js';

// Keys are personal (every project of the user's organizations), organization ("admin-level", every project)
// or project-scoped (https://neon.com/docs/manage/api-keys); the key does not say which (UNCONFIRMED): GET
// /projects tells by how many projects it lists. A deleted project is recoverable for 7 days
// (delete-project.md); a branch deleted with hard_delete=true "permanently… immediately without a recovery
// window" (delete-project-branch, a preview feature); restore-in-place drops later writes.

const egress: ProviderEgress = {
  provider: 'neon',
  base: 'https://console.neon.tech',
  hosts: ['console.neon.tech'],
  routes: [
    { method: 'GET', path: /^\/api\/v2\/projects$/ },
    { method: 'GET', path: /^\/api\/v2\/projects\/[A-Za-z0-9_-]{1,64}\/branches$/ },
  ],
};

/** Branch listings asked for at most this many projects. */
const MAX_PROJECTS = 20;

interface Project {
  id: string;
  name: string;
  org_id?: string;
}
interface Branch {
  id: string;
  name: string;
  default?: boolean;
  protected?: boolean;
}

async function resolveNeon(f: Finding, ctx: ResolveContext) {
  const evidence: string[] = [];
  const headers = { authorization: `Bearer ${f.secret}`, accept: 'application/json' };
  // GET /projects with the key as Bearer (neon.com/docs/reference/api/get-started); 401 for an invalid key is
  // how Neon's API answers unauthenticated calls, though Neon does not document the status (https://neon.com/docs/reference/api/get-started).
  const p = await ctx.egress.request(egress, { method: 'GET', path: '/api/v2/projects?limit=400', headers, evidence });
  if (p.status === 401) return revokedScope(f.tokenKind, evidence, 'Neon answered 401 to GET /api/v2/projects (Neon does not document the invalid-key status)');
  const projects = (p.json as { projects?: Project[] } | undefined)?.projects;
  if (p.status !== 200 || !Array.isArray(projects)) throw new ProviderError(`neon: unexpected response to GET /api/v2/projects (HTTP ${p.status})`, p.status);

  const branchesOf = new Map<string, Branch[]>();
  for (const pr of projects.slice(0, MAX_PROJECTS)) {
    const b = await ctx.egress.request(egress, { method: 'GET', path: `/api/v2/projects/${encodeURIComponent(pr.id)}/branches`, headers, evidence });
    const list = (b.json as { branches?: Branch[] } | undefined)?.branches;
    if (b.status !== 200 || !Array.isArray(list)) throw new ProviderError(`neon: unexpected response to GET /api/v2/projects/…/branches (HTTP ${b.status})`, b.status);
    branchesOf.set(pr.id, list);
  }
  // A branch's environment: the config map, else its own name (production, staging, preview/…), else its project's.
  const envOf = (pr: Project, br: Branch) => environmentOf(ctx, br.name.split('/')[0], `${pr.name}/${br.name}`, br.id) ?? environmentOf(ctx, pr.name, pr.id);
  const signals = projects.flatMap((pr) => {
    const bs = branchesOf.get(pr.id) ?? [];
    return bs.length ? bs.map((br) => envOf(pr, br)) : [environmentOf(ctx, pr.name, pr.id)];
  });
  const many = projects.length > 1;
  const branchNames = (pr: Project) => (branchesOf.get(pr.id) ?? []).map((b) => b.name);
  const destroy: Destroy[] = [];
  for (const pr of projects) {
    const project: Resource = { kind: 'project', name: pr.name, id: pr.id };
    destroy.push({ action: 'DELETE /projects/{id}', target: { ...project, qualifier: 'recoverable for 7 days' }, destroysBackups: false, certainty: many ? 'confirmed' : 'inferred' });
    const bs = branchNames(pr);
    const branches: Resource = bs.length ? { kind: 'branch', names: bs, within: project } : { kind: 'branch', all: true, within: project };
    destroy.push({
      action: 'DELETE /projects/{id}/branches/{id}?hard_delete=true',
      target: { ...branches, with: [`${bs.length === 1 ? 'its' : 'their'} history (no recovery window)`] },
      destroysBackups: true,
      certainty: many ? 'confirmed' : 'inferred',
    });
  }
  const orgs = [...new Set(projects.map((pr) => pr.org_id).filter((o): o is string => !!o))];
  return liveScope({
    tokenKind: many ? 'personal-or-organization-key' : 'project-scoped-key',
    root: many,
    environments: environments(signals, many),
    resources: [
      {
        kind: 'project',
        names: projects.map((pr) => pr.name),
        ...(orgs.length ? { within: { kind: 'organisation', names: orgs } } : {}),
        ...(projects.length > MAX_PROJECTS ? { qualifier: `branches listed for the first ${MAX_PROJECTS}` } : {}),
      },
      ...projects.slice(0, MAX_PROJECTS).map((pr): Resource => ({ kind: 'branch', names: branchNames(pr), within: { kind: 'project', name: pr.name } })),
    ],
    destroy,
    unconfirmed: [
      'a Neon key does not say whether it is personal, organization-wide or project-scoped (UNCONFIRMED); the kind is inferred from how many projects GET /projects lists',
      'hard_delete=true is a preview feature of branch deletion',
    ],
    reachInferred: !many,
    evidence,
  });
}

export default defineProvider({
  id: 'neon',
  name: 'Neon',
  asks: {
    calls: '`GET /api/v2/projects`, branches',
    tells: 'org/personal key → root; branch `hard_delete` takes backups',
    docs: 'https://neon.com/docs/reference/api/get-started',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveNeon,
  offline: (f) =>
    shapeScope({
      tokenKind: f.tokenKind,
      resources: [{ kind: 'project', all: true, within: { kind: 'organisation', or: 'user' }, qualifier: 'or one project' }],
      because: [
        'a Neon key is personal, organization-wide or project-scoped, which the key does not say (UNCONFIRMED); GET /projects tells',
        'project deletion is recoverable for 7 days; a branch deleted with hard_delete=true (preview) has no recovery window',
      ],
    }),
  remediation: (_f, scope) =>
    (scope.tokenKind === 'project-scoped-key'
      ? 'Keep project-scoped keys to the one project this workspace uses (and protect its production branch)'
      : 'Replace it with a project-scoped API key for the one project the task needs') + ', and revoke this one at https://console.neon.tech/app/settings/api-keys (revocation is immediate).',
});
