// Stand-in for Linear's GraphQL API (https://linear.app/developers/graphql): the viewer, organization and teams query
// with the key in the Authorization header as it is; an unknown key gets HTTP 400 with an AUTHENTICATION_ERROR.
// Anything but that query is answered 404 and recorded.
import * as fake from '../../src/detect/fake.js';
import { json, serve, type Canned, type Standin } from './index.js';

export interface LinearKey {
  email: string;
  admin: boolean;
  workspace: string;
  teams: string[];
}

export function startLinear(world: { keys: Record<string, LinearKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve(
    'linear',
    (req) => req.headers.authorization,
    world.canned,
    (req, url, token, res) => {
      const k = token ? world.keys[token] : undefined;
      if (!k)
        return json(res, 400, {
          errors: [
            {
              message: 'Authentication required, not authenticated',
              extensions: { type: 'authentication error', code: 'AUTHENTICATION_ERROR', userPresentableMessage: 'You need to authenticate to access this operation.' },
            },
          ],
        });
      if (req.method !== 'POST' || url.pathname !== '/graphql') return json(res, 404, { errors: [{ message: 'not found' }] });
      json(res, 200, {
        data: {
          viewer: { id: 'u1', name: k.email.split('@')[0], email: k.email, admin: k.admin },
          organization: { id: 'o1', name: k.workspace, urlKey: k.workspace.toLowerCase() },
          teams: { nodes: k.teams.map((name, i) => ({ id: `t${i}`, key: name.slice(0, 3).toUpperCase(), name })) },
        },
      });
    },
  );
}

const key = () => `lin_api_${fake.alnum(40)}`;

/** Linear's stand-in world: an admin's key (root, inferred), a member's key, a revoked one, one answered 418. */
export function linearWorld() {
  const T = { root: key(), scoped: key(), revoked: key(), odd: key() };
  const start = () =>
    startLinear({
      keys: {
        [T.root]: { email: 'ana@acme.test', admin: true, workspace: 'Acme', teams: ['Platform', 'Growth'] },
        [T.scoped]: { email: 'bo@acme.test', admin: false, workspace: 'Acme', teams: ['Growth'] },
      },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
