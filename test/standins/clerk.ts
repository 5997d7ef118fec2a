// Stand-in for Clerk's Backend API (https://clerk.com/docs/reference/backend/instance/get): GET /v1/instance names
// the instance a secret key belongs to and its environment_type; a key that is not an active secret key is 401.
// Any other route or method is answered 404 and recorded.
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface ClerkKey {
  instance: string;
  environment: 'production' | 'development';
}

export function startClerk(world: { keys: Record<string, ClerkKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('clerk', bearer, world.canned, (req, url, token, res) => {
    const k = token ? world.keys[token] : undefined;
    if (!k)
      return json(res, 401, {
        errors: [{ message: 'Invalid authentication', long_message: 'Unable to authenticate the request, you need to supply an active API key', code: 'authentication_invalid' }],
      });
    if (req.method !== 'GET' || url.pathname !== '/v1/instance') return json(res, 404, { errors: [{ message: 'not found', code: 'resource_not_found' }] });
    return json(res, 200, { object: 'instance', id: k.instance, environment_type: k.environment, allowed_origins: null });
  });
}
