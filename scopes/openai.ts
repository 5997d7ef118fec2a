import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { Answer, ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Scope, Resource } from '../src/types.js';
import { environmentOf, environments, get, objectOf, unexpected } from './lib/saas-read.js';

// Admin keys manage users, projects, API keys and audit logs, and mint working keys; they "cannot be used for
// non-administration endpoints" (https://platform.openai.com/docs/api-reference/administration); projects "can be
// archived, but cannot be deleted". Liveness: GET /v1/models for project and user keys, GET
// /v1/organization/admin_api_keys for admin keys (trufflehog openai.go, openaiadmin.go). Project keys are All
// (the default), Restricted or Read Only (https://help.openai.com/en/articles/8867743); a restricted key without
// a scope answers `missing_scope` (observed as 401). Writes are not determinable read-only: only a
// write call would tell.

const egress: ProviderEgress = {
  provider: 'openai',
  base: 'https://api.openai.com',
  hosts: ['api.openai.com'],
  routes: [
    { method: 'GET', path: /^\/v1\/models$/ },
    { method: 'GET', path: /^\/v1\/files$/ },
    { method: 'GET', path: /^\/v1\/organization\/admin_api_keys$/ },
    { method: 'GET', path: /^\/v1\/organization\/projects$/ },
  ],
};

type OpenAIError = { error?: { code?: string | null; message?: string; type?: string } };
const errorOf = (a: Answer) => (a.json as OpenAIError | undefined)?.error;
/** 401 `invalid_api_key` ("Incorrect API key provided"): OpenAI's answer for a wrong, deleted or revoked key. */
const invalidKey = (a: Answer) => a.status === 401 && (errorOf(a)?.code === 'invalid_api_key' || /incorrect api key/i.test(errorOf(a)?.message ?? ''));
/** A restricted key without the endpoint's scope: "Missing scopes: …", code missing_scope (401 or 403). */
const missingScope = (a: Answer) => (a.status === 401 || a.status === 403) && (errorOf(a)?.code === 'missing_scope' || /missing scopes?/i.test(errorOf(a)?.message ?? ''));

async function resolveAdmin(f: Finding, ctx: ResolveContext, evidence: string[], auth: Record<string, string>): Promise<Scope> {
  const keys = await get(ctx, egress, '/v1/organization/admin_api_keys?limit=1', auth, evidence);
  if (invalidKey(keys)) return revokedScope(f.tokenKind, evidence, 'OpenAI answered 401 invalid_api_key: the admin key is invalid or deleted');
  if (keys.status !== 200) throw unexpected('openai', keys, 'GET /v1/organization/admin_api_keys');
  objectOf('openai', keys, 'GET /v1/organization/admin_api_keys');
  const p = await get(ctx, egress, '/v1/organization/projects?limit=100&include_archived=false', auth, evidence);
  if (p.status !== 200) throw unexpected('openai', p, 'GET /v1/organization/projects');
  const projects = objectOf<{ data?: Array<{ id: string; name?: string }> }>('openai', p, 'GET /v1/organization/projects').data ?? [];
  const org = keys.headers.get('openai-organization') ?? undefined;
  const organisation: Resource = org ? { kind: 'organisation', noun: ORGANIZATION, name: org } : { kind: 'organisation', noun: ORGANIZATION };
  const names = projects.map((x) => x.name ?? x.id);
  return liveScope({
    tokenKind: 'admin-key',
    identity: `Admin API key${org ? ` of ${org}` : ''}`,
    root: true,
    environments: environments(
      projects.map((x) => environmentOf(ctx, x.name, x.id)),
      true,
    ),
    resources: [
      { ...organisation, including: ['its users, API keys and audit logs'] },
      { kind: 'project', names, within: organisation },
    ],
    destroy: [
      { action: 'DELETE /v1/organization/users/{user_id}', target: { kind: 'user', noun: MEMBER, all: true, within: organisation }, destroysBackups: false },
      { action: 'DELETE /v1/organization/projects/{project_id}/api_keys/{key_id}', target: { kind: 'api-key', all: true, within: { kind: 'project', all: true } }, destroysBackups: false },
      { action: 'POST /v1/organization/projects/{project_id}/archive', target: { kind: 'project', names, qualifier: ARCHIVED }, destroysBackups: false },
    ],
    unconfirmed: ['it can mint working keys (a new service account returns an unredacted API key): every project is within its reach'],
    evidence,
  });
}

async function resolveOpenai(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const auth = { authorization: `Bearer ${f.secret}` };
  if (f.tokenKind === 'admin-key') return resolveAdmin(f, ctx, evidence, auth);
  const models = await get(ctx, egress, '/v1/models', auth, evidence);
  if (invalidKey(models)) return revokedScope(f.tokenKind, evidence, 'OpenAI answered 401 invalid_api_key: the key is invalid, deleted or revoked');
  const reads: string[] = [];
  const lacks: string[] = [];
  if (models.status === 200) {
    objectOf('openai', models, 'GET /v1/models');
    reads.push('Models');
  } else if (missingScope(models)) lacks.push('Models');
  else throw unexpected('openai', models, 'GET /v1/models');
  // OpenAI names the organization and project a request ran under in response headers.
  const org = models.headers.get('openai-organization') ?? undefined;
  const projectId = models.headers.get('openai-project') ?? undefined;
  const files = await get(ctx, egress, '/v1/files?limit=1', auth, evidence);
  if (files.status === 200) {
    objectOf('openai', files, 'GET /v1/files');
    reads.push('Files');
  } else if (missingScope(files)) lacks.push('Files');
  else throw unexpected('openai', files, 'GET /v1/files');

  const restricted = lacks.length > 0;
  const kind = f.tokenKind;
  const where: Resource = projectId
    ? { kind: 'project', name: projectId }
    : kind === 'user-key'
      ? { kind: 'project', all: true, within: { kind: 'user' }, qualifier: 'legacy user key' }
      : { kind: 'project' };
  return liveScope({
    tokenKind: kind,
    identity: [
      `${kind}${org ? ` of ${org}` : ''}${projectId ? `, ${projectId}` : ''}`,
      restricted ? `Restricted (lacks ${lacks.join(', ')})` : 'All or Restricted with reads on Models and Files',
    ].join(' · '),
    environments: environments([environmentOf(ctx, projectId, org)], false),
    resources: [{ ...where, access: [...(reads.length ? reads.map((r) => `read ${r}`) : ['reads none of Models, Files']), "spend on the organization's account"] }],
    destroy: reads.includes('Files')
      ? [
          {
            action: 'DELETE /v1/files/{file_id}',
            target: { kind: 'file', all: true, within: where, including: ['its other stored objects (assistants, vector stores…)'] },
            destroysBackups: false,
            certainty: 'inferred',
          },
        ]
      : [],
    unconfirmed: [
      "its write permissions are not determinable read-only: All, the default mode, can delete the project's files and other stored objects (list UNCONFIRMED)",
      'OpenAI documents no backups of deleted files (UNCONFIRMED)',
    ],
    evidence,
  });
}

const ARCHIVED = '"Archived projects cannot be used or updated"';

// OpenAI's spelling (https://platform.openai.com/docs/api-reference/administration).
const ORGANIZATION = { one: 'organization', many: 'organizations' };
const MEMBER = { one: 'member', many: 'members' };

export default defineProvider({
  id: 'openai',
  name: 'OpenAI',
  asks: {
    calls: 'admin keys: key and project listings; API keys: `GET /v1/models` (+ files)',
    tells: 'admin keys → root; file deletion †',
    docs: 'https://platform.openai.com/docs/api-reference/administration',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveOpenai,
  offline: (f) => {
    if (f.tokenKind === 'admin-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: [{ kind: 'organisation', noun: ORGANIZATION, including: ['its users, projects, API keys and audit logs'] }],
        destroy: [
          { action: 'DELETE /v1/organization/users/{user_id}', target: { kind: 'user', noun: MEMBER, all: true, within: { kind: 'organisation', noun: ORGANIZATION } }, destroysBackups: false },
          { action: 'DELETE /v1/organization/projects/{project_id}/api_keys/{key_id}', target: { kind: 'api-key', all: true, within: { kind: 'project', all: true } }, destroysBackups: false },
          { action: 'POST /v1/organization/projects/{project_id}/archive', target: { kind: 'project', all: true, qualifier: ARCHIVED }, destroysBackups: false },
        ],
        because: ['sk-admin- is an organization Admin API key: it manages every user, project and API key, and can mint working keys (a new service account returns an unredacted key)'],
      });
    }
    return shapeScope({
      tokenKind: f.tokenKind,
      resources: [f.tokenKind === 'user-key' ? { kind: 'organisation', also: 'project', all: true, within: { kind: 'user' }, qualifier: 'legacy user key' } : { kind: 'project', count: 1 }],
      because: [
        `an OpenAI ${f.tokenKind}: its permission mode (All, Restricted, Read Only) is only known from OpenAI`,
        "an All key can delete its project's files, assistants and other stored objects (list UNCONFIRMED) and spend on the account",
      ],
    });
  },
  remediation: (f) =>
    f.tokenKind === 'admin-key'
      ? 'Keep Admin keys out of apps and files the agent reads; delete this one at https://platform.openai.com/settings/organization/admin-keys and give the app a Restricted service-account key of its own project.'
      : 'Replace it with a service-account key in a dedicated project, set to Restricted with only the endpoints the task needs (e.g. Models: Read, Model capabilities: Request), and revoke this one at https://platform.openai.com/api-keys.',
});
