// Stand-in for Cloudflare's API v4: token verify (user and account tokens), the token's own policies, accounts and zones;
// a Global API Key goes in X-Auth-Key (https://developers.cloudflare.com/fundamentals/api/get-started/create-token/,
// https://developers.cloudflare.com/api/resources/user/subresources/tokens/methods/verify/).
import type { IncomingMessage, ServerResponse } from 'node:http';
import * as fake from '../../src/detect/fake.js';
import { CF_EMAIL, cfk, cfut } from '../saas-helpers.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface CloudflarePolicy {
  effect: 'allow' | 'deny';
  permission_groups: Array<{ id: string; name: string }>;
  resources: Record<string, unknown>;
}

export interface CloudflareToken {
  id: string;
  name: string;
  status: 'active' | 'disabled' | 'expired';
  /** Account-owned tokens: their account id. */
  account?: string;
  /** Undefined: the token lacks API Tokens Read and cannot read its own policies (403). */
  policies?: CloudflarePolicy[];
  ipIn?: string[];
  accounts: Array<{ id: string; name: string }>;
  zones: Array<{ id: string; name: string }>;
}

export interface CloudflareGlobalKey {
  email: string;
  accounts: Array<{ id: string; name: string }>;
  zones: Array<{ id: string; name: string }>;
}

export function startCloudflare(world: { tokens: Record<string, CloudflareToken>; globalKeys: Record<string, CloudflareGlobalKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  const tokenOf = (req: IncomingMessage) => bearer(req) ?? (req.headers['x-auth-key'] as string | undefined);
  const ok = (res: ServerResponse, result: unknown, info?: unknown) => json(res, 200, { success: true, errors: [], messages: [], result, ...(info ? { result_info: info } : {}) });
  const fail = (res: ServerResponse, status: number, code: number, message: string) => json(res, status, { success: false, errors: [{ code, message }], messages: [], result: null });
  return serve('cloudflare', tokenOf, world.canned, (req, url, _token, res) => {
    if (req.method !== 'GET') return fail(res, 405, 10000, 'Method not allowed');
    const p = url.pathname.replace(/^\/client\/v4/, '');
    const key = req.headers['x-auth-key'] as string | undefined;
    if (key) {
      const g = world.globalKeys[key];
      if (!g || g.email !== req.headers['x-auth-email']) return fail(res, 403, 9103, 'Unknown X-Auth-Key or X-Auth-Email');
      if (p === '/user') return ok(res, { id: 'b'.repeat(32), email: g.email, two_factor_authentication_enabled: true, organizations: [] });
      if (p === '/accounts') return ok(res, g.accounts, { page: 1, per_page: 50, count: g.accounts.length, total_count: g.accounts.length });
      if (p === '/zones') return ok(res, g.zones, { page: 1, per_page: 50, count: g.zones.length, total_count: g.zones.length });
      return fail(res, 404, 7003, 'No route for the URI');
    }
    const token = bearer(req);
    const t = token ? world.tokens[token] : undefined;
    const verify = /^\/user\/tokens\/verify$|^\/accounts\/([a-f0-9]{32})\/tokens\/verify$/.exec(p);
    if (verify) {
      const acct = verify[1];
      if (!t || (acct ? t.account !== acct : t.account !== undefined)) return fail(res, 401, 1000, 'Invalid API Token');
      return ok(res, { id: t.id, status: t.status, ...(t.status === 'expired' ? { expires_on: '2026-01-01T00:00:00Z' } : {}) });
    }
    if (!t) return fail(res, 401, 1000, 'Invalid API Token');
    const own = /^\/user\/tokens\/([a-f0-9]{32})$|^\/accounts\/[a-f0-9]{32}\/tokens\/([a-f0-9]{32})$/.exec(p);
    if (own) {
      if ((own[1] ?? own[2]) !== t.id) return fail(res, 404, 1003, 'Token not found');
      if (!t.policies) return fail(res, 403, 9109, 'Unauthorized to access requested resource');
      return ok(res, {
        id: t.id,
        name: t.name,
        status: t.status,
        issued_on: '2026-01-01T00:00:00Z',
        policies: t.policies.map((x, i) => ({ id: `p${i}`, ...x })),
        ...(t.ipIn ? { condition: { request_ip: { in: t.ipIn } } } : {}),
      });
    }
    if (p === '/accounts') return ok(res, t.accounts, { page: 1, per_page: 50, count: t.accounts.length, total_count: t.accounts.length });
    if (p === '/zones') return ok(res, t.zones, { page: 1, per_page: 50, count: t.zones.length, total_count: t.zones.length });
    return fail(res, 404, 7003, 'No route for the URI');
  });
}

/** Cloudflare's stand-in world, shared by test/cloudflare.test.ts and test/saas-workspace.test.ts: the credentials
 * it knows (built by the seeded generator), the account and zones they reach, and `start` for the stand-in answering them. */
export function cloudflareWorld() {
  const ZONE_STAGING = fake.hex(32);
  const ZONE_PROD = fake.hex(32);
  const CF_ACCOUNT = fake.hex(32);
  const T = { root: cfk(), scoped: cfut(), blind: cfut(), revoked: cfut(), odd: cfut(), disabled: cfut(), legacyAccount: fake.base64url(40), legacyAlone: fake.base64url(40) };
  const start = (): Promise<Standin> =>
    startCloudflare({
      globalKeys: {
        [T.root]: {
          email: CF_EMAIL,
          accounts: [{ id: CF_ACCOUNT, name: 'Acme' }],
          zones: [
            { id: ZONE_PROD, name: 'acme.example' },
            { id: ZONE_STAGING, name: 'staging.acme.example' },
          ],
        },
      },
      tokens: {
        [T.scoped]: {
          id: fake.hex(32),
          name: 'dns-staging',
          status: 'active',
          policies: [
            {
              effect: 'allow',
              permission_groups: [
                { id: fake.hex(32), name: 'DNS Write' },
                { id: fake.hex(32), name: 'Zone Read' },
              ],
              resources: { [`com.cloudflare.api.account.zone.${ZONE_STAGING}`]: '*' },
            },
          ],
          ipIn: ['198.51.100.0/24'],
          accounts: [{ id: CF_ACCOUNT, name: 'Acme' }],
          zones: [{ id: ZONE_STAGING, name: 'staging.acme.example' }],
        },
        [T.blind]: { id: fake.hex(32), name: 'workers', status: 'active', accounts: [{ id: CF_ACCOUNT, name: 'Acme' }], zones: [] },
        [T.disabled]: { id: fake.hex(32), name: 'old', status: 'disabled', accounts: [], zones: [] },
        [T.legacyAccount]: {
          id: fake.hex(32),
          name: 'workers-deploy',
          status: 'active',
          account: CF_ACCOUNT,
          policies: [{ effect: 'allow', permission_groups: [{ id: fake.hex(32), name: 'Workers Scripts Write' }], resources: { [`com.cloudflare.api.account.${CF_ACCOUNT}`]: '*' } }],
          accounts: [{ id: CF_ACCOUNT, name: 'Acme' }],
          zones: [],
        },
        [T.legacyAlone]: { id: fake.hex(32), name: 'hidden', status: 'active', account: CF_ACCOUNT, accounts: [], zones: [] },
      },
      canned: { [T.odd]: { status: 200, body: { success: true, errors: [], messages: [], result: { id: 'not-a-token-id', status: 'active' } } } },
    });
  return { T, ZONE_STAGING, ZONE_PROD, CF_ACCOUNT, start };
}
