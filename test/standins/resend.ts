// Stand-in for Resend's API (https://resend.com/docs/api-reference/domains/list-domains, …/errors): GET /domains for a
// Full access key; restricted_api_key (401) for a Sending access key; validation_error "API key is invalid" (400) for a
// key that does not exist. Any other route or method is answered 404 and recorded.
import * as fake from '../../src/detect/fake.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface ResendKey {
  permission: 'full_access' | 'sending_access';
  domains: string[];
}

export function startResend(world: { keys: Record<string, ResendKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('resend', bearer, world.canned, (req, url, token, res) => {
    const k = token ? world.keys[token] : undefined;
    if (!k) return json(res, 400, { statusCode: 400, message: 'API key is invalid', name: 'validation_error' });
    if (k.permission === 'sending_access') return json(res, 401, { statusCode: 401, message: 'This API key is restricted to only send emails', name: 'restricted_api_key' });
    if (req.method !== 'GET' || url.pathname !== '/domains') return json(res, 404, { statusCode: 404, message: 'Not found', name: 'not_found' });
    json(res, 200, { object: 'list', data: k.domains.map((name, i) => ({ id: `d-${i}`, name, status: 'verified', created_at: '2026-01-01 00:00:00', region: 'us-east-1' })) });
  });
}

const key = () => `re_${fake.alnum(8)}_${fake.alnum(24)}`;

/** Resend's stand-in world: a Full access key (root), a Sending access key, a revoked one, one answered 418. */
export function resendWorld() {
  const T = { root: key(), scoped: key(), revoked: key(), odd: key() };
  const start = () =>
    startResend({
      keys: { [T.root]: { permission: 'full_access', domains: ['mail.example.com', 'staging.mail.example.com'] }, [T.scoped]: { permission: 'sending_access', domains: [] } },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
