// Stand-in for the HCP Terraform API (https://developer.hashicorp.com/terraform/cloud-docs/api-docs/organizations,
// …/workspaces, …/account): organizations and workspaces with the caller's permissions, account details for user
// tokens only; an invalid token is 401. Any other route or method is answered 404 and recorded.
import * as fake from '../../src/detect/fake.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface TfcToken {
  user?: string;
  orgs: Array<{ name: string; owner: boolean; workspaces: Array<{ name: string; destroy: boolean }> }>;
}

const notFound = { errors: [{ status: '404', title: 'not found' }] };

export function startTerraformCloud(world: { tokens: Record<string, TfcToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('terraform-cloud', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { errors: [{ status: '401', title: 'unauthorized' }] });
    if (req.method !== 'GET') return json(res, 404, notFound);
    if (url.pathname === '/api/v2/organizations')
      return json(res, 200, {
        data: t.orgs.map((o) => ({ id: o.name, type: 'organizations', attributes: { name: o.name, permissions: { 'can-update': o.owner, 'can-destroy': o.owner, 'can-create-workspace': o.owner } } })),
      });
    const m = /^\/api\/v2\/organizations\/([^/]+)\/workspaces$/.exec(url.pathname);
    const org = m && t.orgs.find((o) => o.name === m[1]);
    if (org)
      return json(res, 200, {
        data: org.workspaces.map((w, i) => ({
          id: `ws-${i}`,
          type: 'workspaces',
          attributes: { name: w.name, permissions: { 'can-destroy': w.destroy || org.owner, 'can-queue-destroy': w.destroy || org.owner, 'can-read-state-versions': true } },
        })),
      });
    if (url.pathname === '/api/v2/account/details' && t.user) return json(res, 200, { data: { id: 'user-1', type: 'users', attributes: { username: t.user, email: `${t.user}@acme.test` } } });
    json(res, 404, notFound);
  });
}

const token = () => `${fake.alnum(14)}.atlasv1.${fake.alnum(67)}`;

/** HCP Terraform's stand-in world: an owner's user token (root), a team token for two workspaces, a revoked one, one answered 418. */
export function terraformCloudWorld() {
  const T = { root: token(), scoped: token(), revoked: token(), odd: token() };
  const start = () =>
    startTerraformCloud({
      tokens: {
        [T.root]: { user: 'ana', orgs: [{ name: 'acme', owner: true, workspaces: [{ name: 'network-production', destroy: true }] }] },
        [T.scoped]: {
          orgs: [
            {
              name: 'acme',
              owner: false,
              workspaces: [
                { name: 'app-staging', destroy: true },
                { name: 'app-production', destroy: false },
              ],
            },
          ],
        },
      },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
