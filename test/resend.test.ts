// Resend resolver against its stand-in (test/standins/resend.ts): a Full access key (root of the account, domains
// and audiences deletable), a Sending access key (live, sends only), then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import { canonicalCases, providerSuite } from './canonical.js';
import { resendWorld } from './standins/resend.js';

const { T, start } = resendWorld();

const suite = providerSuite({
  id: 'resend',
  start,
  line: (t: string) => `RESEND_API_KEY=${t}\n`,
  secrets: () => Object.values(T),
});

describe('Resend', () => {
  it('a Full access key: root, its domains by name, domain and audience deletion', async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, tokenKind: 'full-access-key', reach: { environments: ['staging', '*'] } });
    expect(scope!.evidence).toEqual(['GET /domains']);
    expect(scope!.destroy.map((d) => d.action)).toEqual(['DELETE /domains/{id}', 'DELETE /audiences/{id}', 'DELETE /api-keys/{id}']);
    expect(rules).toContain('ABR001');
  });

  it("a Sending access key: live (Resend's restricted_api_key answer), sends only, nothing to delete", async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, tokenKind: 'sending-access-key', destroy: [] });
    expect(rules).toEqual(['ABR006']);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
