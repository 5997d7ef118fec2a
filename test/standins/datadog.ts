// Stand-in for Datadog's API: API key validation, application keys with their owner (https://docs.datadoghq.com/api/latest/authentication/,
// https://docs.datadoghq.com/api/latest/users/).
import * as fake from '../../src/detect/fake.js';
import { DD_API, type Datadog, ddApp } from '../saas-helpers.js';
import { answerOdd, json, startStandin, urlOf, type Odd, type Standin } from './index.js';

export interface DatadogConfig extends Odd {
  apiKeys: Record<string, { org: string; id: string; scopes?: string[] }>;
  /** application key → its owner (none: a scoped key, which GET /api/v2/current_user refuses). */
  appKeys: Record<string, { email?: string; roles?: string[] }>;
}

export function startDatadog(cfg: DatadogConfig): Promise<Standin> {
  return startStandin('datadog', (req, _body, res) => {
    const api = String(req.headers['dd-api-key'] ?? '');
    const app = req.headers['dd-application-key'] ? String(req.headers['dd-application-key']) : undefined;
    if (answerOdd(cfg, app ?? api, res)) return;
    const forbidden = () => json(res, 403, { errors: ['Forbidden'] });
    const path = urlOf(req).pathname;
    const apiKey = cfg.apiKeys[api];
    if (path === '/api/v1/validate') return apiKey ? json(res, 200, { valid: true }) : forbidden();
    if (path === '/api/v2/validate')
      return apiKey ? json(res, 200, { data: { id: apiKey.org, type: 'validate_v2', attributes: { api_key_id: apiKey.id, api_key_scopes: apiKey.scopes ?? [], valid: true } } }) : forbidden();
    if (!apiKey) return forbidden();
    const owner = app ? cfg.appKeys[app] : undefined;
    if (path === '/api/v2/validate_keys') return owner ? json(res, 200, { status: 'ok' }) : forbidden();
    if (path === '/api/v2/current_user') {
      if (!owner?.email) return forbidden();
      const roles = (owner.roles ?? []).map((name, i) => ({ type: 'roles', id: `role-${i}`, attributes: { name } }));
      return json(res, 200, {
        data: {
          type: 'users',
          id: 'user-1',
          attributes: { email: owner.email, handle: owner.email, name: 'Owner', status: 'Active' },
          relationships: { roles: { data: roles.map((r) => ({ type: 'roles', id: r.id })) } },
        },
        included: roles,
      });
    }
    json(res, 404, { errors: ['Not found'] });
  });
}

/** The Datadog organisation the tests resolve against: an admin application key, a scoped one, a second API key, an odd one. */
export function datadogWorld() {
  const T = { root: ddApp(), scoped: ddApp(), api: { api: fake.hex(32) } as Datadog, revoked: ddApp(), odd: ddApp() };
  const start = async (odd: Set<string>): Promise<Standin> => {
    const standin = await startDatadog({
      odd,
      apiKeys: { [DD_API]: { org: 'f3c2a0de-0000-4000-8000-00000000acme', id: 'key-1', scopes: [] }, [T.api.api]: { org: 'f3c2a0de-0000-4000-8000-00000000acme', id: 'key-2' } },
      appKeys: { [T.root.app!]: { email: 'sre@acme.example', roles: ['Datadog Admin Role'] }, [T.scoped.app!]: {}, [T.odd.app!]: {} },
    });
    odd.add(T.odd.app!);
    return standin;
  };
  return { T, start };
}
