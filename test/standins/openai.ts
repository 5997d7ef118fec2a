// Stand-in for OpenAI's API: project and restricted keys on /v1, Admin keys on /v1/organization only; 401 invalid_api_key
// (https://platform.openai.com/docs/api-reference/authentication, https://platform.openai.com/docs/api-reference/administration).
import { openaiProject, openaiAdmin } from '../saas-helpers.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface OpenaiKey {
  admin?: boolean;
  org: string;
  project?: string;
  /** Scopes a Restricted key lacks: `models`, `files`. */
  lacks?: Array<'models' | 'files'>;
  projects?: Array<{ id: string; name: string }>;
}

export function startOpenai(world: { keys: Record<string, OpenaiKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('openai', bearer, world.canned, (req, url, token, res) => {
    const k = token ? world.keys[token] : undefined;
    if (!k)
      return json(res, 401, {
        error: {
          message: 'Incorrect API key provided: sk-****. You can find your API key at https://platform.openai.com/account/api-keys.',
          type: 'invalid_request_error',
          param: null,
          code: 'invalid_api_key',
        },
      });
    if (req.method !== 'GET') return json(res, 404, { error: { message: 'Invalid URL', type: 'invalid_request_error', param: null, code: null } });
    const headers: Record<string, string> = { 'openai-organization': k.org, ...(k.project ? { 'openai-project': k.project } : {}) };
    const missing = (scope: string) =>
      json(
        res,
        401,
        { error: { message: `You have insufficient permissions for this operation. Missing scopes: ${scope}.`, type: 'invalid_request_error', param: null, code: 'missing_scope' } },
        headers,
      );
    const adminOnly = url.pathname.startsWith('/v1/organization/');
    if (adminOnly !== !!k.admin)
      return json(res, 401, {
        error: {
          message: k.admin ? 'Admin API keys cannot be used for non-administration endpoints.' : 'Missing scopes: api.management.read.',
          type: 'invalid_request_error',
          param: null,
          code: k.admin ? null : 'missing_scope',
        },
      });
    switch (url.pathname) {
      case '/v1/models':
        return k.lacks?.includes('models') ? missing('model.read') : json(res, 200, { object: 'list', data: [{ id: 'gpt-5', object: 'model', created: 1767225600, owned_by: 'system' }] }, headers);
      case '/v1/files':
        return k.lacks?.includes('files') ? missing('api.files.read') : json(res, 200, { object: 'list', data: [], has_more: false }, headers);
      case '/v1/organization/admin_api_keys':
        return json(
          res,
          200,
          { object: 'list', data: [{ object: 'organization.admin_api_key', id: 'key_abc', name: 'ops', redacted_value: 'sk-admin-…', created_at: 1767225600 }], has_more: false },
          headers,
        );
      case '/v1/organization/projects':
        return json(res, 200, { object: 'list', data: (k.projects ?? []).map((p) => ({ object: 'organization.project', ...p, status: 'active' })), has_more: false }, headers);
      default:
        return json(res, 404, { error: { message: 'Invalid URL', type: 'invalid_request_error', param: null, code: null } });
    }
  });
}

/** OpenAI's stand-in world, shared by test/openai.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function openaiWorld() {
  const T = { root: openaiAdmin(), scoped: openaiProject(), restricted: openaiProject(), revoked: openaiProject(), odd: openaiProject() };
  const start = (): Promise<Standin> =>
    startOpenai({
      keys: {
        [T.root]: {
          admin: true,
          org: 'org-acme',
          projects: [
            { id: 'proj_prod', name: 'checkout-production' },
            { id: 'proj_dev', name: 'sandbox' },
          ],
        },
        [T.scoped]: { org: 'org-acme', project: 'proj_support' },
        [T.restricted]: { org: 'org-acme', project: 'proj_support', lacks: ['files'] },
      },
      canned: {
        [T.odd]: {
          status: 403,
          body: { error: { message: 'Country, region, or territory not supported', type: 'request_forbidden', param: null, code: 'unsupported_country_region_territory' } },
        },
      },
    });
  return { T, start };
}
