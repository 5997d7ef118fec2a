// Linear resolver against its stand-in (test/standins/linear.ts): a workspace admin's key (root, inferred: a key's
// own limits are not readable), a member's key, then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import { canonicalCases, providerSuite } from './canonical.js';
import { linearWorld } from './standins/linear.js';

const { T, start } = linearWorld();

const suite = providerSuite({
  id: 'linear',
  start,
  line: (t: string) => `LINEAR_API_KEY=${t}\n`,
  secrets: () => Object.values(T),
});

describe('Linear', () => {
  it("an admin's key: root (inferred), its teams, team deletion with their issues", async () => {
    const { scope, certainty } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, certainty: 'inferred', identity: 'ana@acme.test · Acme (admin)' });
    expect(scope!.evidence).toEqual(['POST /graphql query viewer,organization,teams']);
    expect(scope!.destroy.map((d) => d.action)).toEqual(['issueDelete', 'projectDelete', 'teamDelete']);
    expect(certainty.ABR001).toBe('inferred');
  });

  it("a member's key: not root, issue and project deletion only", async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false });
    expect(scope!.destroy.map((d) => d.action)).toEqual(['issueDelete', 'projectDelete']);
    expect(rules).not.toContain('ABR001');
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
