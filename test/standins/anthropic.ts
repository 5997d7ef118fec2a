// Stand-in for Anthropic's API: x-api-key and anthropic-version headers; Admin API keys on /v1/organizations
// (https://docs.anthropic.com/en/api/errors, https://docs.anthropic.com/en/api/administration-api).
import type { IncomingMessage, ServerResponse } from 'node:http';
import { anthropicKey, anthropicAdmin } from '../saas-helpers.js';
import { json, serve, type Canned, type Standin } from './index.js';

export interface AnthropicKey {
  admin?: boolean;
  org: { id: string; name: string };
  /** Whether GET /v1/organizations/me answers a regular key (undocumented, so both answers are tested). */
  meAllowed?: boolean;
  workspaces?: Array<{ id: string; name: string }>;
}

export function startAnthropic(world: { keys: Record<string, AnthropicKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  const tokenOf = (req: IncomingMessage) => req.headers['x-api-key'] as string | undefined;
  const err = (res: ServerResponse, status: number, type: string, message: string) => json(res, status, { type: 'error', error: { type, message } });
  return serve('anthropic', tokenOf, world.canned, (req, url, token, res) => {
    if (!req.headers['anthropic-version']) return err(res, 400, 'invalid_request_error', 'anthropic-version: header is required');
    const k = token ? world.keys[token] : undefined;
    if (!k) return err(res, 401, 'authentication_error', 'invalid x-api-key');
    if (req.method !== 'GET') return err(res, 404, 'not_found_error', 'Not found');
    const admin = url.pathname.startsWith('/v1/organizations/');
    if (url.pathname === '/v1/organizations/me') {
      return k.admin || k.meAllowed ? json(res, 200, { id: k.org.id, name: k.org.name, type: 'organization' }) : err(res, 403, 'permission_error', 'This endpoint requires an Admin API key');
    }
    if (admin && !k.admin) return err(res, 403, 'permission_error', 'This endpoint requires an Admin API key');
    switch (url.pathname) {
      case '/v1/models':
        return json(res, 200, {
          data: [{ type: 'model', id: 'claude-sonnet-4-5', display_name: 'Claude Sonnet 4.5', created_at: '2025-09-29T00:00:00Z' }],
          has_more: false,
          first_id: 'claude-sonnet-4-5',
          last_id: 'claude-sonnet-4-5',
        });
      case '/v1/organizations/api_keys':
        return json(res, 200, {
          data: [
            {
              id: 'apikey_01',
              type: 'api_key',
              name: 'ci',
              partial_key_hint: ['sk-ant-', 'api03-R2D...igAA'].join(''),
              status: 'active',
              workspace_id: k.workspaces?.[0]?.id ?? null,
              created_by: { id: 'user_01', type: 'user' },
              created_at: '2026-01-01T00:00:00Z',
            },
          ],
          has_more: false,
          first_id: 'apikey_01',
          last_id: 'apikey_01',
        });
      case '/v1/organizations/workspaces':
        return json(res, 200, {
          data: (k.workspaces ?? []).map((w) => ({ type: 'workspace', ...w, created_at: '2026-01-01T00:00:00Z', archived_at: null, display_color: '#6C5BB9' })),
          has_more: false,
          first_id: null,
          last_id: null,
        });
      default:
        return err(res, 404, 'not_found_error', 'Not found');
    }
  });
}

/** Anthropic's stand-in world, shared by test/anthropic.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function anthropicWorld() {
  const T = { root: anthropicAdmin(), scoped: anthropicKey(), revoked: anthropicKey(), odd: anthropicKey() };
  const start = (): Promise<Standin> =>
    startAnthropic({
      keys: {
        [T.root]: {
          admin: true,
          org: { id: 'org_01', name: 'Acme' },
          workspaces: [
            { id: 'wrkspc_01', name: 'production' },
            { id: 'wrkspc_02', name: 'research' },
          ],
        },
        [T.scoped]: { org: { id: 'org_01', name: 'Acme' } },
      },
      canned: { [T.odd]: { status: 404, body: { type: 'error', error: { type: 'not_found_error', message: 'Not found' } } } },
    });
  return { T, start };
}
