// HCP Terraform resolver against its stand-in (test/standins/terraform-cloud.ts): an organization owner's user token
// (root), a team token that may destroy one staging workspace, then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import { canonicalCases, providerSuite } from './canonical.js';
import { terraformCloudWorld } from './standins/terraform-cloud.js';

const { T, start } = terraformCloudWorld();

const suite = providerSuite({
  id: 'terraform-cloud',
  start,
  line: (t: string) => `TFE_TOKEN=${t}\n`,
  secrets: () => Object.values(T),
});

describe('HCP Terraform', () => {
  it("an owner's user token: root, every workspace deletable with its state, destroy runs", async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, tokenKind: 'user-token', identity: 'user ana · acme' });
    expect(scope!.evidence).toEqual(['GET /api/v2/organizations', 'GET /api/v2/organizations/acme/workspaces', 'GET /api/v2/account/details']);
    expect(scope!.reach.environments).toEqual(['production', '*']);
    expect(scope!.destroy.map((d) => d.action)).toEqual(['DELETE /api/v2/workspaces/:id', 'POST /api/v2/runs (is-destroy)', 'DELETE /api/v2/organizations/:name']);
    expect(rules).toEqual(expect.arrayContaining(['ABR001', 'ABR004']));
  });

  it('a team token: not root, only the workspace it may destroy', async () => {
    const { scope } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, tokenKind: 'team-or-organization-token' });
    expect(scope!.destroy[0].target).toMatchObject({ names: ['app-staging'] });
    expect(scope!.reach.environments).toEqual(['staging', 'production']);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
