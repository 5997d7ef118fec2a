// PagerDuty resolver against its stand-in (test/standins/pagerduty.ts): an account-level key (root, inferred: whether
// it is read-only is not readable), an observer's user token, then the canonical cases every resolver answers the same
// way. PagerDuty keys have no prefix: the generic detector finds them in pagerduty-named variables.
import { describe, expect, it } from 'vitest';
import { canonicalCases, providerSuite } from './canonical.js';
import { pagerdutyWorld } from './standins/pagerduty.js';

const { T, start } = pagerdutyWorld();

const suite = providerSuite({
  id: 'pagerduty',
  start,
  line: (t: string) => `PAGERDUTY_API_KEY=${t}\n`,
  secrets: () => Object.values(T),
});

describe('PagerDuty', () => {
  it('an account-level key: root (inferred), service deletion', async () => {
    const { scope, certainty } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, certainty: 'inferred', tokenKind: 'account-key' });
    expect(scope!.evidence).toEqual(['GET /abilities', 'GET /users/me']);
    expect(scope!.destroy.map((d) => d.action)).toContain('DELETE /services/{id}');
    expect(certainty.ABR001).toBe('inferred');
  });

  it("an observer's user token: not root, nothing to delete", async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, tokenKind: 'user-token', identity: 'bo@acme.test · role observer', destroy: [] });
    expect(rules).toEqual(['ABR006']);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
