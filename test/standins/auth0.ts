// Stand-in for an Auth0 tenant's token endpoint (https://auth0.com/docs/api/authentication#client-credentials-flow,
// https://auth0.com/docs/secure/tokens/access-tokens/management-api-access-tokens/get-management-api-access-tokens-for-production):
// POST /oauth/token with a client-credentials grant for the Management API answers a token and its granted `scope`;
// an application without a Management API grant gets 403 access_denied; a wrong secret 401 access_denied "Unauthorized".
// Any other route or method is answered 404 and recorded.
import * as fake from '../../src/detect/fake.js';
import { json, startStandin, urlOf, type Canned, type Standin } from './index.js';

export interface Auth0App {
  clientId: string;
  /** Management API scopes granted; `null` for an application with no grant on it. */
  scopes: string[] | null;
}

const secretOf = (body: string) => {
  try {
    return (JSON.parse(body) as { client_secret?: string }).client_secret;
  } catch {
    return undefined;
  }
};

export function startAuth0(world: { apps: Record<string, Auth0App>; canned?: Record<string, Canned> }): Promise<Standin> {
  return startStandin('auth0', (req, body, res) => {
    const token = secretOf(body);
    const c = token ? world.canned?.[token] : undefined;
    if (c) return json(res, c.status, c.body, c.headers);
    if (req.method !== 'POST' || urlOf(req).pathname !== '/oauth/token') return json(res, 404, { error: 'not_found' });
    const app = token ? world.apps[token] : undefined;
    if (!app) return json(res, 401, { error: 'access_denied', error_description: 'Unauthorized' });
    if (!app.scopes)
      return json(res, 403, {
        error: 'access_denied',
        error_description: 'Client is not authorized to access "https://acme.auth0.com/api/v2/". You need to create a "client-grant" associated to this API.',
      });
    json(res, 200, { access_token: fake.jwt({ scope: app.scopes.join(' '), gty: 'client-credentials' }), scope: app.scopes.join(' '), expires_in: 86400, token_type: 'Bearer' });
  });
}

/** An Auth0 client secret: 64 URL-safe base64 characters. */
export const auth0Secret = () => `${fake.alnum(30)}-${fake.alnum(20)}_${fake.alnum(12)}`;

/** Auth0's world: an application that may grant itself anything, one that may delete users, a revoked secret, one answered 418. */
export function auth0World() {
  const T = { root: auth0Secret(), scoped: auth0Secret(), none: auth0Secret(), revoked: auth0Secret(), odd: auth0Secret() };
  const clientId = fake.alnum(32);
  const start = () =>
    startAuth0({
      apps: {
        [T.root]: { clientId, scopes: ['read:users', 'create:client_grants', 'update:client_grants', 'delete:users'] },
        [T.scoped]: { clientId, scopes: ['read:users', 'delete:users'] },
        [T.none]: { clientId, scopes: null },
      },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, clientId, start };
}
