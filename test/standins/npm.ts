// Stand-in for The npm registry: whoami and the token list, which shows each token truncated
// (https://docs.npmjs.com/cli/commands/npm-whoami, https://docs.npmjs.com/cli/commands/npm-token).
import * as fake from '../../src/detect/fake.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface NpmToken {
  username: string;
  /** The token's own entry in GET /-/npm/v1/tokens; null: not listed. */
  entry?: { readonly: boolean; cidr_whitelist?: string[] | null; bypass_2fa?: boolean } | null;
  /** Other tokens of the same user, listed beside it. */
  others?: Array<{ token: string; readonly: boolean }>;
  /** Forces an answer to the list call (403: it may not list tokens). */
  listStatus?: number;
}

export function startNpm(world: { tokens: Record<string, NpmToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return serve('npm', bearer, world.canned, (req, url, token, res) => {
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 401, { error: 'Unauthorized' });
    if (req.method !== 'GET') return json(res, 404, { error: 'Not found' });
    if (url.pathname === '/-/whoami') return json(res, 200, { username: t.username });
    if (url.pathname === '/-/npm/v1/tokens') {
      if (t.listStatus) return json(res, t.listStatus, { error: 'Forbidden' });
      // npm token list shows each token truncated to its first characters.
      const mine = t.entry
        ? [
            {
              token: `${token!.slice(0, 6)}…`,
              key: 'k'.repeat(16),
              cidr_whitelist: t.entry.cidr_whitelist ?? null,
              readonly: t.entry.readonly,
              automation: false,
              created: '2026-01-01T00:00:00.000Z',
              updated: '2026-01-01T00:00:00.000Z',
              ...(t.entry.bypass_2fa !== undefined ? { bypass_2fa: t.entry.bypass_2fa } : {}),
            },
          ]
        : [];
      const others = (t.others ?? []).map((o, i) => ({
        token: `${o.token.slice(0, 6)}…`,
        key: `o${i}`.repeat(8),
        cidr_whitelist: null,
        readonly: o.readonly,
        automation: false,
        created: '2026-01-01T00:00:00.000Z',
        updated: '2026-01-01T00:00:00.000Z',
      }));
      return json(res, 200, { objects: [...others, ...mine], total: others.length + mine.length, urls: {} });
    }
    return json(res, 404, { error: 'Not found' });
  });
}

/** npm's stand-in world, shared by test/npm.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function npmWorld() {
  const T = { root: fake.npm(), scoped: fake.npm(), revoked: fake.npm(), odd: fake.npm(), decoy: fake.npm() };
  const start = (): Promise<Standin> =>
    startNpm({
      tokens: {
        [T.root]: { username: 'acme-release', entry: { readonly: false, bypass_2fa: true, cidr_whitelist: null }, others: [{ token: T.decoy, readonly: true }] },
        [T.scoped]: { username: 'acme-ci', entry: { readonly: true, cidr_whitelist: ['203.0.113.0/24'] } },
      },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
