import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { Answer, ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Resource, Scope } from '../src/types.js';
import { environmentOf, environments, get, objectOf, unexpected } from './lib/saas-read.js';

// Keys are sent as `x-api-key` with `anthropic-version: 2023-06-01` (https://docs.anthropic.com/en/api/getting-started).
// Liveness: GET /v1/models for API keys, GET /v1/organizations/api_keys for Admin keys (trufflehog anthropic.go);
// GET /v1/organizations/me names the organization (platform.claude.com …/admin/organizations/me; whether a regular
// key may call it is UNCONFIRMED). Admin keys administer members, workspaces and API keys
// (https://docs.anthropic.com/en/api/administration-api); an API key belongs to one workspace, with no per-endpoint
// scopes found (UNCONFIRMED); DELETE /v1/files/{id} makes a file inaccessible.

const egress: ProviderEgress = {
  provider: 'anthropic',
  base: 'https://api.anthropic.com',
  hosts: ['api.anthropic.com'],
  routes: [
    { method: 'GET', path: /^\/v1\/models$/ },
    { method: 'GET', path: /^\/v1\/organizations\/me$/ },
    { method: 'GET', path: /^\/v1\/organizations\/api_keys$/ },
    { method: 'GET', path: /^\/v1\/organizations\/workspaces$/ },
  ],
};

/** 401 {"type":"error","error":{"type":"authentication_error"}}: Anthropic's answer for an invalid or disabled key. */
const invalidKey = (a: Answer) => a.status === 401 && (a.json as { error?: { type?: string } } | undefined)?.error?.type === 'authentication_error';

async function organization(ctx: ResolveContext, headers: Record<string, string>, evidence: string[]): Promise<{ id?: string; name?: string } | undefined> {
  const me = await get(ctx, egress, '/v1/organizations/me', headers, evidence);
  if (me.status === 200) return objectOf<{ id?: string; name?: string }>('anthropic', me, 'GET /v1/organizations/me');
  if (me.status === 401 || me.status === 403 || me.status === 404) return undefined;
  throw unexpected('anthropic', me, 'GET /v1/organizations/me');
}

async function resolveAnthropic(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const headers = { 'x-api-key': f.secret, 'anthropic-version': '2023-06-01' };
  if (f.tokenKind === 'admin-key') {
    const keys = await get(ctx, egress, '/v1/organizations/api_keys?limit=1', headers, evidence);
    if (invalidKey(keys)) return revokedScope(f.tokenKind, evidence, 'Anthropic answered 401 authentication_error: the admin key is invalid or disabled');
    if (keys.status !== 200) throw unexpected('anthropic', keys, 'GET /v1/organizations/api_keys');
    objectOf('anthropic', keys, 'GET /v1/organizations/api_keys');
    const org = await organization(ctx, headers, evidence);
    const w = await get(ctx, egress, '/v1/organizations/workspaces?limit=100', headers, evidence);
    if (w.status !== 200) throw unexpected('anthropic', w, 'GET /v1/organizations/workspaces');
    const workspaces = objectOf<{ data?: Array<{ id: string; name?: string }> }>('anthropic', w, 'GET /v1/organizations/workspaces').data ?? [];
    const names = workspaces.map((x) => x.name ?? x.id);
    const orgName = org?.name ?? org?.id ?? 'the organization';
    const organisation: Resource = org?.name || org?.id ? { kind: 'organisation', noun: ORGANIZATION, name: org.name ?? org.id } : { kind: 'organisation', noun: ORGANIZATION };
    return liveScope({
      tokenKind: 'admin-key',
      identity: `Admin API key of ${orgName}`,
      root: true,
      environments: environments(
        workspaces.map((x) => environmentOf(ctx, x.name, x.id)),
        true,
      ),
      resources: [
        { ...organisation, including: ['its members, roles, invites and API keys'] },
        { kind: 'workspace', names },
      ],
      destroy: [
        { action: 'DELETE /v1/organizations/users/{user_id}', target: { kind: 'user', noun: MEMBER, all: true, within: organisation }, destroysBackups: false },
        { action: 'POST /v1/organizations/workspaces/{workspace_id}/archive', target: { kind: 'workspace', names }, destroysBackups: false },
        { action: 'API key status update (disable)', target: { kind: 'api-key', all: true, within: organisation }, destroysBackups: false },
      ],
      evidence,
    });
  }
  const models = await get(ctx, egress, '/v1/models', headers, evidence);
  if (invalidKey(models)) return revokedScope(f.tokenKind, evidence, 'Anthropic answered 401 authentication_error: the key is invalid or disabled');
  if (models.status !== 200) throw unexpected('anthropic', models, 'GET /v1/models');
  objectOf('anthropic', models, 'GET /v1/models');
  const org = await organization(ctx, headers, evidence);
  const orgName = org?.name ?? org?.id;
  const workspace: Resource = { kind: 'workspace', count: 1, within: orgName ? { kind: 'organisation', noun: ORGANIZATION, name: orgName } : { kind: 'organisation', noun: ORGANIZATION } };
  return liveScope({
    tokenKind: 'api-key',
    identity: `API key${orgName ? ` of ${orgName}` : ''} · one workspace (which one only an Admin key can tell)`,
    environments: environments([environmentOf(ctx, orgName, org?.id)], false),
    resources: [{ ...workspace, including: ['its files, batches and spend'] }],
    destroy: [{ action: 'DELETE /v1/files/{file_id}', target: { kind: 'file', all: true, within: workspace }, destroysBackups: false, certainty: 'inferred' }],
    unconfirmed: [
      "no per-endpoint scopes on API keys were found (UNCONFIRMED), so it is taken to delete its workspace's files and run up spend",
      ...(org ? [] : ['the organization is unnamed: GET /v1/organizations/me refused a regular key']),
    ],
    evidence,
  });
}

// Anthropic's spelling (https://docs.anthropic.com/en/api/administration-api).
const ORGANIZATION = { one: 'organization', many: 'organizations' };

const MEMBER = { one: 'member', many: 'members' };

export default defineProvider({
  id: 'anthropic',
  name: 'Anthropic',
  asks: {
    calls: 'admin keys: key and workspace listings; API keys: `GET /v1/models` (+ files)',
    tells: 'admin keys → root; file deletion †',
    docs: 'https://docs.anthropic.com/en/api/administration-api',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveAnthropic,
  offline: (f) => {
    if (f.tokenKind === 'admin-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments: ['*'],
        resources: [{ kind: 'organisation', noun: ORGANIZATION, including: ['its members, roles, invites, workspaces and API keys'] }],
        destroy: [
          { action: 'DELETE /v1/organizations/users/{user_id}', target: { kind: 'user', noun: MEMBER, all: true, within: { kind: 'organisation', noun: ORGANIZATION } }, destroysBackups: false },
          { action: 'POST /v1/organizations/workspaces/{workspace_id}/archive', target: { kind: 'workspace', all: true }, destroysBackups: false },
          { action: 'API key status update (disable)', target: { kind: 'api-key', all: true, within: { kind: 'organisation', noun: ORGANIZATION } }, destroysBackups: false },
        ],
        because: ['sk-ant-admin01- is an Admin API key: it administers every member, workspace and API key of the organization'],
      });
    }
    if (f.tokenKind === 'api-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        resources: [{ kind: 'workspace', count: 1 }],
        destroy: [{ action: 'DELETE /v1/files/{file_id}', target: { kind: 'file', all: true, within: { kind: 'workspace' } }, destroysBackups: false }],
        because: ["an API key is bound to one workspace; no per-endpoint scopes on API keys were found (UNCONFIRMED), so it can delete the workspace's files and run up spend"],
      });
    }
    return shapeScope({ tokenKind: f.tokenKind, because: [`an Anthropic ${f.tokenKind} whose reach only Anthropic can tell`] });
  },
  remediation: (f) =>
    f.tokenKind === 'admin-key'
      ? 'Keep Admin keys out of runtime and files the agent reads; disable this one at https://console.anthropic.com/settings/admin-keys (or through the Admin API status update) and give the app a key from its own dedicated workspace.'
      : "Give each app a dedicated workspace with its own key (so a leak reaches only that workspace's files and spend), and disable this one at https://console.anthropic.com/settings/keys.",
});
