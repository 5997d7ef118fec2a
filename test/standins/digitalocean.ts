// Stand-in for DigitalOcean's API v2: account, projects and their resources, Droplets; 401 unauthorized, 403 for a
// custom-scoped token that lacks a scope (https://docs.digitalocean.com/reference/api/digitalocean/,
// https://docs.digitalocean.com/reference/api/scopes/).
import * as fake from '../../src/detect/fake.js';
import { doToken } from '../saas-helpers.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface DigitaloceanToken {
  account: { email: string; uuid: string; status: string; team?: { uuid: string; name: string } };
  /** Undefined: the token's scopes refuse the list (403). `resources`: URNs (do:droplet:1, do:dbaas:<uuid>). */
  projects?: Array<{ id: string; name: string; environment?: string; resources?: string[] }>;
  droplets?: Array<{ id: number; name: string }>;
}

export function startDigitalocean(world: { tokens: Record<string, DigitaloceanToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('digitalocean', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { id: 'unauthorized', message: 'Unable to authenticate you' });
    if (req.method !== 'GET') return json(res, 404, { id: 'not_found', message: 'The resource you were accessing could not be found.' });
    const forbidden = () => json(res, 403, { id: 'forbidden', message: 'You are not authorized to perform this operation' });
    const listOf = (field: string, items: unknown[] | undefined) => (items ? json(res, 200, { [field]: items, links: {}, meta: { total: items.length } }) : forbidden());
    switch (url.pathname) {
      case '/v2/account':
        return json(res, 200, { account: { droplet_limit: 25, floating_ip_limit: 3, email_verified: true, ...t.account } });
      case '/v2/projects':
        return listOf(
          'projects',
          t.projects?.map(({ resources: _r, ...p }) => ({ ...p, owner_uuid: t.account.uuid, purpose: 'Web Application', is_default: false })),
        );
      case '/v2/droplets':
        return listOf('droplets', t.droplets);
      // GET /v2/databases is not served: it answers each cluster's connection credentials, which are never fetched.
      default: {
        const r = /^\/v2\/projects\/([0-9a-f-]{36})\/resources$/.exec(url.pathname);
        const p = r ? t.projects?.find((x) => x.id === r[1]) : undefined;
        if (r && t.projects && !p) return json(res, 404, { id: 'not_found', message: 'The resource you were accessing could not be found.' });
        if (p)
          return listOf(
            'resources',
            (p.resources ?? []).map((urn) => ({
              urn,
              assigned_at: '2026-01-01T00:00:00Z',
              status: 'ok',
              links: { self: `https://api.digitalocean.com/v2/${urn.split(':')[1]}s/${urn.split(':')[2]}` },
            })),
          );
        if (r) return forbidden();
        return json(res, 404, { id: 'not_found', message: 'The resource you were accessing could not be found.' });
      }
    }
  });
}

/** DigitalOcean's stand-in world, shared by test/digitalocean.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function digitaloceanWorld() {
  const T = { root: doToken(), scoped: doToken(), revoked: doToken(), odd: doToken() };
  const start = (): Promise<Standin> =>
    startDigitalocean({
      tokens: {
        [T.root]: {
          account: { email: 'ops@acme.example', uuid: fake.uuid(), status: 'active', team: { uuid: fake.uuid(), name: 'Acme' } },
          projects: [
            { id: fake.uuid(), name: 'shop', environment: 'Production', resources: ['do:droplet:101', `do:dbaas:${fake.uuid()}`, `do:volume:${fake.uuid()}`] },
            { id: fake.uuid(), name: 'shop-next', environment: 'Staging', resources: ['do:droplet:102'] },
          ],
          droplets: [
            { id: 101, name: 'web-1' },
            { id: 102, name: 'web-next' },
          ],
        },
        [T.scoped]: {
          account: { email: 'ci@acme.example', uuid: fake.uuid(), status: 'active' },
          projects: [{ id: fake.uuid(), name: 'shop-next', environment: 'Staging', resources: ['do:droplet:102'] }],
        },
      },
      canned: { [T.odd]: { status: 200, body: { account: null } } },
    });
  return { T, start };
}
