// Pulumi resolver against its stand-in (test/standins/pulumi.ts): a personal token (root of its user's
// organizations, inferred: its role is not readable), an organization token reaching one staging stack, then the
// canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import { canonicalCases, providerSuite } from './canonical.js';
import { pulumiWorld } from './standins/pulumi.js';

const { T, start } = pulumiWorld();

const suite = providerSuite({
  id: 'pulumi',
  start,
  line: (t: string) => `PULUMI_ACCESS_TOKEN=${t}\n`,
  secrets: () => Object.values(T),
});

describe('Pulumi', () => {
  it('a personal token: root (inferred), its stacks by name with their environments, stack removal with its history', async () => {
    const { scope, certainty } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, certainty: 'inferred', tokenKind: 'personal-token' });
    expect(scope!.evidence).toEqual(['GET /api/user', 'GET /api/user/stacks']);
    expect(scope!.reach.environments).toEqual(['production', 'staging', '*']);
    expect(scope!.destroy[0]).toMatchObject({ action: 'DELETE /api/stacks/{org}/{project}/{stack}', destroysBackups: true, target: { names: ['acme/shop/production', 'acme/shop/staging'] } });
    expect(certainty.ABR001).toBe('inferred');
  });

  it('an organization token: not root, its one staging stack', async () => {
    const { scope } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, tokenKind: 'organization-or-team-token', reach: { environments: ['staging'] } });
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
