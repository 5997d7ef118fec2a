// Stand-in for MongoDB Atlas Administration API v2 with real HTTP Digest (RFC 7616; https://www.mongodb.com/docs/atlas/configure-api-access/,
// https://www.mongodb.com/docs/atlas/reference/api-resources-spec/v2/).
import { createHash, randomBytes } from 'node:crypto';
import type { ServerResponse } from 'node:http';
import * as fake from '../../src/detect/fake.js';
import { atlas } from '../saas-helpers.js';
import { answerOdd, json, startStandin, urlOf, type Odd, type Standin } from './index.js';

export interface AtlasConfig extends Odd {
  /** public key → its private key, roles and access list. */
  keys: Record<string, { privateKey: string; roles: Array<{ orgId?: string; groupId?: string; roleName: string }>; accessList?: string[] }>;
  groups: Array<{ id: string; name: string; orgId: string; clusters: Array<{ name: string; terminationProtectionEnabled?: boolean }> }>;
}

const md5 = (s: string) => createHash('md5').update(s).digest('hex');

export function startAtlas(cfg: AtlasConfig): Promise<Standin> {
  const nonces = new Set<string>();
  const challenge = (res: ServerResponse, detail = 'You are not authorized for this resource.') => {
    const nonce = randomBytes(12).toString('base64');
    nonces.add(nonce);
    json(
      res,
      401,
      { detail, error: 401, errorCode: 'UNAUTHORIZED', parameters: [], reason: 'Unauthorized' },
      { 'www-authenticate': `Digest realm="MMS Public API", domain="", nonce="${nonce}", algorithm=MD5, qop="auth", stale=false` },
    );
  };
  return startStandin('mongodb-atlas', (req, _body, res) => {
    const h = req.headers.authorization ?? '';
    if (!/^Digest /.test(h)) return challenge(res);
    const p: Record<string, string> = {};
    for (const m of h.slice(7).matchAll(/([a-z]+)=(?:"([^"]*)"|([^,\s]*))/gi)) p[m[1]] = m[2] ?? m[3];
    if (answerOdd(cfg, p.username, res)) return;
    const key = cfg.keys[p.username];
    if (!nonces.has(p.nonce) || p.uri !== req.url) return challenge(res);
    const ha1 = md5(`${p.username}:MMS Public API:${key?.privateKey ?? ''}`);
    const expected = md5(`${ha1}:${p.nonce}:${p.nc}:${p.cnonce}:${p.qop}:${md5(`${req.method}:${p.uri}`)}`);
    if (!key || p.response !== expected) return challenge(res);
    if (req.headers.accept !== 'application/vnd.atlas.2023-01-01+json') return json(res, 406, { error: 406, errorCode: 'INVALID_VERSION' });
    const path = urlOf(req).pathname;
    const visible = cfg.groups.filter((g) => key.roles.some((r) => r.groupId === g.id || r.orgId === g.orgId));
    if (path === '/api/atlas/v2') {
      return json(res, 200, {
        apiKey: { id: `key-${p.username}`, publicKey: p.username, roles: key.roles, accessList: (key.accessList ?? []).map((c) => ({ cidrBlock: c })) },
        appName: 'MongoDB Atlas',
        build: 'standin',
        throttling: false,
      });
    }
    if (path === '/api/atlas/v2/groups')
      return json(res, 200, { results: visible.map((g) => ({ id: g.id, name: g.name, orgId: g.orgId, clusterCount: g.clusters.length })), totalCount: visible.length });
    const m = /^\/api\/atlas\/v2\/groups\/([0-9a-f]{24})\/clusters$/.exec(path);
    const g = m && visible.find((x) => x.id === m[1]);
    if (g)
      return json(res, 200, {
        results: g.clusters.map((c) => ({ name: c.name, terminationProtectionEnabled: !!c.terminationProtectionEnabled, clusterType: 'REPLICASET' })),
        totalCount: g.clusters.length,
      });
    json(res, 404, { error: 404, errorCode: 'RESOURCE_NOT_FOUND' });
  });
}

/** MongoDB Atlas's stand-in world, shared by test/mongodb-atlas.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function mongodbAtlasWorld() {
  const T = { root: atlas(), scoped: atlas(), owner: atlas(), revoked: atlas(), odd: atlas() };
  const start = async (odd: Set<string>): Promise<Standin> => {
    const PROD = 'a'.repeat(8) + fake.hex(16);
    const STG = 'b'.repeat(8) + fake.hex(16);
    const standin = await startAtlas({
      odd,
      keys: {
        [T.root.pub]: { privateKey: T.root.priv, roles: [{ orgId: 'org-acme', roleName: 'ORG_OWNER' }] },
        [T.scoped.pub]: { privateKey: T.scoped.priv, roles: [{ groupId: STG, roleName: 'GROUP_READ_ONLY' }], accessList: ['203.0.113.0/24'] },
        [T.owner.pub]: { privateKey: T.owner.priv, roles: [{ groupId: STG, roleName: 'GROUP_OWNER' }] },
        [T.revoked.pub]: { privateKey: fake.uuid(), roles: [{ orgId: 'org-acme', roleName: 'ORG_OWNER' }] },
        [T.odd.pub]: { privateKey: T.odd.priv, roles: [] },
      },
      groups: [
        { id: PROD, name: 'shop-production', orgId: 'org-acme', clusters: [{ name: 'orders', terminationProtectionEnabled: true }] },
        { id: STG, name: 'shop-staging', orgId: 'org-acme', clusters: [{ name: 'orders-stg' }] },
      ],
    });
    odd.add(T.odd.pub);
    return standin;
  };
  return { T, start };
}
