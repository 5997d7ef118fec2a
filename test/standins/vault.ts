// Stand-in for a HashiCorp Vault server (https://developer.hashicorp.com/vault/api-docs/auth/token#lookup-a-token-self,
// …/system/capabilities-self): lookup-self and capabilities-self with X-Vault-Token; an invalid token is 403
// {"errors":["permission denied"]}. It holds no secrets: any other route or method (a secret path included) is
// answered 404 and recorded.
import type { IncomingMessage } from 'node:http';
import * as fake from '../../src/detect/fake.js';
import { json, startStandin, type Canned, type Standin } from './index.js';

export interface VaultToken {
  name: string;
  policies: string[];
  capabilities: Record<string, string[]>;
}

const tokenOf = (req: IncomingMessage) => (typeof req.headers['x-vault-token'] === 'string' ? req.headers['x-vault-token'] : undefined);

export function startVault(world: { tokens: Record<string, VaultToken>; canned?: Record<string, Canned> }): Promise<Standin> {
  return startStandin('vault', (req, body, res) => {
    const token = tokenOf(req);
    const c = token ? world.canned?.[token] : undefined;
    if (c) return json(res, c.status, c.body, c.headers);
    const t = token ? world.tokens[token] : undefined;
    if (!t) return json(res, 403, { errors: ['permission denied'] });
    const path = new URL(req.url ?? '/', 'http://standin').pathname;
    if (req.method === 'GET' && path === '/v1/auth/token/lookup-self')
      return json(res, 200, {
        request_id: 'r1',
        data: { accessor: 'acc', display_name: t.name, id: token, policies: t.policies, ttl: 7200, type: 'service', orphan: false, path: 'auth/token/create' },
      });
    if (req.method === 'POST' && path === '/v1/sys/capabilities-self') {
      const paths = (JSON.parse(body) as { paths: string[] }).paths;
      const root = t.policies.includes('root');
      const answer = Object.fromEntries(paths.map((p) => [p, root ? ['root'] : (t.capabilities[p] ?? ['deny'])]));
      return json(res, 200, { ...answer, data: answer });
    }
    json(res, 404, { errors: [] });
  });
}

const token = () => `hvs.${fake.alnum(24)}`;

/** Vault's stand-in world: a root token, an app token that reads secrets and nothing more, a revoked one, one answered 418. */
export function vaultWorld() {
  const T = { root: token(), scoped: token(), revoked: token(), odd: token() };
  const start = () =>
    startVault({
      tokens: { [T.root]: { name: 'root', policies: ['root'], capabilities: {} }, [T.scoped]: { name: 'approle-app', policies: ['default', 'app-read'], capabilities: {} } },
      canned: { [T.odd]: { status: 418, body: {} } },
    });
  return { T, start };
}
