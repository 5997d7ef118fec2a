// Vault resolver against its stand-in (test/standins/vault.ts), which ABR_ENDPOINT_VAULT names, as a user names their own
// Vault: a root token (root, secrets engines deletable), an application token, a token never sent when no address is
// given, then the canonical cases every resolver answers the same way. Only lookup-self and capabilities-self are asked.
import { describe, expect, it } from 'vitest';
import { canonicalCases, providerSuite } from './canonical.js';
import { NO_NETWORK } from './helpers.js';
import { recorded } from './standins/index.js';
import { vaultWorld } from './standins/vault.js';

const { T, start } = vaultWorld();

const suite = providerSuite({
  id: 'vault',
  start,
  line: (t: string) => `VAULT_TOKEN=${t}\n`,
  secrets: () => Object.values(T),
  after: () => expect(recorded.filter((r) => r.provider === 'vault' && !['/v1/auth/token/lookup-self', '/v1/sys/capabilities-self'].includes(r.path))).toEqual([]),
});

describe('Vault', () => {
  it('a root token: root, secrets engines deletable with their data', async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, identity: 'root · policies root · expires in 2 h' });
    expect(scope!.evidence).toEqual(['GET /v1/auth/token/lookup-self', 'POST /v1/sys/capabilities-self capabilities-self']);
    expect(scope!.destroy.map((d) => d.action)).toEqual(['DELETE /v1/sys/mounts/:path', 'DELETE /v1/sys/auth/:path', 'POST /v1/sys/storage/raft/snapshot-force']);
    expect(rules).toContain('ABR001');
  });

  it('an application token: its policies, nothing to destroy', async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, destroy: [], reach: { resources: [{ access: ['default', 'app-read'] }] } });
    expect(rules).not.toContain('ABR001');
    expect(rules).not.toContain('ABR003');
  });

  it('without ABR_ENDPOINT_VAULT nothing is sent: the address is the user’s own', async () => {
    const r = await suite.scanOf(T.root, { env: NO_NETWORK });
    expect(suite.mine(r, T.root)[0]?.scope.reason).toMatch(/not resolved: Vault runs at the user's own address: set ABR_ENDPOINT_VAULT/);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
