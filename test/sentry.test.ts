// Sentry resolver against its stand-in (test/standins/sentry.ts): a user token whose user owns an organization
// (root, inferred: its scopes are not readable), an organization token (org:ci on one organization), then the
// canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { canonicalCases, providerSuite } from './canonical.js';
import { sentryWorld } from './standins/sentry.js';

const { T, start } = sentryWorld();

const suite = providerSuite({
  id: 'sentry',
  start,
  line: (t: string) => `SENTRY_AUTH_TOKEN=${t}\n`,
  secrets: () => Object.values(T),
});

describe('Sentry', () => {
  it("a user token whose user owns an organization: root, inferred, that organization's projects deletable", async () => {
    const { scope, certainty } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, certainty: 'inferred', tokenKind: 'user-auth-token' });
    expect(scope!.evidence).toEqual(['GET /api/0/organizations/', 'GET /api/0/organizations/'] /* the second with owner=true */);
    expect(scope!.reach.environments).toEqual(['staging', '*']);
    expect(scope!.destroy).toMatchObject([{ action: 'DELETE /api/0/projects/{org}/{project}/', target: { within: { name: 'acme' } }, certainty: 'inferred' }]);
    expect(certainty.ABR001).toBe('inferred');
  });

  it('an organization token: its one organization, org:ci only, nothing to delete', async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, tokenKind: 'org-auth-token', destroy: [], reach: { environments: ['production'] } });
    expect(scope!.evidence).toEqual(['GET /api/0/organizations/']);
    expect(rules).not.toContain('ABR001');
  });

  it('an organization token of a self-hosted Sentry is never sent to sentry.io', async () => {
    const own = `sntrys_${Buffer.from(JSON.stringify({ iat: 1767225600, url: 'https://sentry.acme.internal', org: 'acme' }))
      .toString('base64')
      .replace(/=+$/, '')}_${fake.base64(43)}`;
    const r = await suite.scanOf(own);
    const mine = suite.mine(r, own);
    expect(mine[0]?.scope).toMatchObject({ status: 'unknown', resolution: 'offline' });
    expect(mine[0].scope.reason).toMatch(/not resolved: issued by sentry\.acme\.internal/);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
