// Stand-in for an Okta org's Management API (https://developer.okta.com/docs/api/openapi/okta-management/management/tag/User/,
// …/tags/roleassignmentauser, https://developer.okta.com/docs/reference/error-codes/#E0000011): GET /api/v1/users/me
// and GET /api/v1/users/{id}/roles with `Authorization: SSWS`; an unknown token gets 401 E0000011. Any other route or
// method is answered 404 and recorded.
import type { IncomingMessage } from 'node:http';
import * as fake from '../../src/detect/fake.js';
import { json, serve, type Canned, type Standin } from './index.js';

export interface OktaToken {
  login: string;
  /** Role types; `null` answers the roles read 403. */
  roles: string[] | null;
}

const ssws = (req: IncomingMessage) => /^SSWS\s+(.+)$/.exec(req.headers.authorization ?? '')?.[1];

export function startOkta(world: { tokens: Record<string, OktaToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('okta', ssws, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { errorCode: 'E0000011', errorSummary: 'Invalid token provided', errorLink: 'E0000011', errorId: 'oae1', errorCauses: [] });
    const id = `00u${Buffer.from(t.login).toString('hex').slice(0, 17)}`;
    if (req.method === 'GET' && url.pathname === '/api/v1/users/me') return json(res, 200, { id, status: 'ACTIVE', profile: { login: t.login, email: t.login } });
    if (req.method === 'GET' && url.pathname === `/api/v1/users/${id}/roles`) {
      if (!t.roles) return json(res, 403, { errorCode: 'E0000006', errorSummary: 'You do not have permission to perform the requested action', errorCauses: [] });
      return json(
        res,
        200,
        t.roles.map((type, i) => ({ id: `ra${i}`, label: type, type, status: 'ACTIVE', assignmentType: 'USER', created: '2026-01-01T00:00:00.000Z' })),
      );
    }
    json(res, 404, { errorCode: 'E0000007', errorSummary: 'Not found: Resource not found', errorCauses: [] });
  });
}

/** An Okta API token: `00`, then 40 URL-safe base64 characters. */
export const oktaToken = () => `00${fake.alnum(20)}-${fake.alnum(19)}`;

/** Okta's world: a Super Administrator's token, a Group Administrator's, one whose roles are not readable, a revoked one, one answered 418. */
export function oktaWorld() {
  const T = { root: oktaToken(), scoped: oktaToken(), hidden: oktaToken(), revoked: oktaToken(), odd: oktaToken() };
  const start = () =>
    startOkta({
      tokens: {
        [T.root]: { login: 'svc-admin@acme.test', roles: ['SUPER_ADMIN'] },
        [T.scoped]: { login: 'helpdesk@acme.test', roles: ['USER_ADMIN', 'READ_ONLY_ADMIN'] },
        [T.hidden]: { login: 'custom@acme.test', roles: null },
      },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
