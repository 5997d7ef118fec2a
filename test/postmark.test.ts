// Postmark resolver against its stand-in (test/standins/postmark.ts): an account token (root: every server), a server
// token for a staging server, then the canonical cases every resolver answers the same way. No call that returns API
// tokens (GET /server, /servers) is ever made.
import { describe, expect, it } from 'vitest';
import { canonicalCases, providerSuite } from './canonical.js';
import { recorded } from './standins/index.js';
import { postmarkWorld } from './standins/postmark.js';

const { T, start } = postmarkWorld();

const suite = providerSuite({
  id: 'postmark',
  start,
  line: (t: string) => `POSTMARK_API_TOKEN=${t}\n`,
  secrets: () => Object.values(T),
  after: () => expect(recorded.filter((r) => r.provider === 'postmark' && /^\/servers?\b/.test(r.path))).toEqual([]),
});

describe('Postmark', () => {
  it('an account token: refused as a server token, then root of the account, server deletion (inferred)', async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, tokenKind: 'account-token', reach: { environments: ['staging', '*'] } });
    expect(scope!.evidence).toEqual(['GET /message-streams', 'GET /domains']);
    expect(scope!.destroy.map((d) => d.action)).toEqual(['DELETE /servers/{serverid}', 'DELETE /domains/{domainid}']);
    expect(rules).toContain('ABR001');
  });

  it('a server token: its one server, staging by its streams, template deletion only', async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, tokenKind: 'server-token', identity: 'server token · server 42', reach: { environments: ['staging'] } });
    expect(rules).not.toContain('ABR001');
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
