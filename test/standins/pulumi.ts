// Stand-in for the Pulumi Cloud REST API (https://www.pulumi.com/docs/pulumi-cloud/reference/cloud-rest-api/): GET
// /api/user (the user and its organizations) and GET /api/user/stacks, with `Authorization: token …`; an invalid
// token is 401. Any other route or method is answered 404 and recorded.
import type { IncomingMessage } from 'node:http';
import * as fake from '../../src/detect/fake.js';
import { json, serve, type Canned, type Standin } from './index.js';

export interface PulumiToken {
  login: string;
  orgs: string[];
  stacks: string[];
}

const tokenOf = (req: IncomingMessage) => /^token\s+(.+)$/i.exec(req.headers.authorization ?? '')?.[1];

export function startPulumi(world: { tokens: Record<string, PulumiToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('pulumi', tokenOf, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { code: 401, message: 'Unauthorized: No credentials provided or are invalid.' });
    if (req.method === 'GET' && url.pathname === '/api/user')
      return json(res, 200, { name: t.login, githubLogin: t.login, avatarUrl: '', email: `${t.login}@acme.test`, organizations: t.orgs.map((o) => ({ name: o, githubLogin: o, avatarUrl: '' })) });
    if (req.method === 'GET' && url.pathname === '/api/user/stacks')
      return json(res, 200, {
        stacks: t.stacks.map((s) => {
          const [orgName, projectName, stackName] = s.split('/');
          return { orgName, projectName, stackName, lastUpdate: 1767225600, resourceCount: 12 };
        }),
      });
    json(res, 404, { code: 404, message: 'Not found' });
  });
}

const token = () => `pul-${fake.hex(40)}`;

/** Pulumi's stand-in world: a personal token in two organizations (root, inferred), a team token for one staging stack, a revoked one, one answered 418. */
export function pulumiWorld() {
  const T = { root: token(), scoped: token(), revoked: token(), odd: token() };
  const start = () =>
    startPulumi({
      tokens: {
        [T.root]: { login: 'ana', orgs: ['acme', 'acme-labs'], stacks: ['acme/shop/production', 'acme/shop/staging'] },
        [T.scoped]: { login: 'acme', orgs: ['acme'], stacks: ['acme/shop/staging'] },
      },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
