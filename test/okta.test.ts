// Okta resolver against its stand-in (test/standins/okta.ts): a token is asked about only on the one Okta org host
// written beside it; a Super Administrator's token (root), a Group Administrator's (users of its groups), one whose
// roles cannot be read, then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import { canonicalCases, providerSuite } from './canonical.js';
import { recorded } from './standins/index.js';
import { oktaWorld } from './standins/okta.js';

const { T, start } = oktaWorld();

const suite = providerSuite({
  id: 'okta',
  start,
  line: (t: string) => `OKTA_ORG_URL=https://acme-staging.okta.com\nOKTA_API_TOKEN=${t}\n`,
  secrets: () => Object.values(T),
});

const asked = (t: string) => recorded.filter((r) => r.provider === 'okta' && r.headers.authorization === `SSWS ${t}`).length;

describe('Okta', () => {
  it("a Super Administrator's token: root of its org, user, group, app and authorization-server deletion (no restore inferred)", async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, tokenKind: 'super-admin-api-token', identity: 'svc-admin@acme.test on acme-staging.okta.com · SUPER_ADMIN' });
    expect(scope!.reach.environments).toEqual(['staging', '*']);
    expect(scope!.evidence).toEqual(['GET /api/v1/users/me', expect.stringMatching(/^GET \/api\/v1\/users\/00u[0-9a-f]+\/roles$/)]);
    expect(scope!.destroy.map((d) => d.action)).toEqual(['DELETE /api/v1/users/{id}', 'DELETE /api/v1/groups/{id}', 'DELETE /api/v1/apps/{id}', 'DELETE /api/v1/authorizationServers/{id}']);
    expect(rules).toContain('ABR001');
  });

  it("a Group Administrator's token: live, deletes the users of its groups, not root", async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, reach: { environments: ['staging'] } });
    expect(scope!.destroy.map((d) => d.action)).toEqual(['DELETE /api/v1/users/{id}']);
    expect(rules).toContain('ABR003');
    expect(rules).not.toContain('ABR001');
  });

  it('roles not readable (403): live, what it may delete left unknown and said so', async () => {
    const { scope } = await suite.one(T.hidden);
    expect(scope).toMatchObject({ status: 'live', root: false, destroy: [] });
    expect(scope!.inferred.join(' ')).toMatch(/roles could not be read/);
  });

  it("the Admin Console's -admin host names the same org: asked on the org's own host", async () => {
    const r = await suite.scanFiles({ '.env': `OKTA_ADMIN=https://acme-admin.okta.com/admin\nOKTA_DOMAIN=acme.okta.com\nOKTA_API_TOKEN=${T.scoped}\n` });
    expect(suite.scopeOf(r, T.scoped)).toMatchObject({ status: 'live', identity: 'helpdesk@acme.test on acme.okta.com · USER_ADMIN, READ_ONLY_ADMIN' });
  });

  it('no org beside the token, two orgs, or a custom domain: the token is sent nowhere', async () => {
    const before = asked(T.root);
    for (const text of [
      `OKTA_API_TOKEN=${T.root}\n`,
      `OKTA_ORG_URL=https://acme.okta.com\nOKTA_SANDBOX_URL=https://acme.oktapreview.com\nOKTA_API_TOKEN=${T.root}\n`,
      `OKTA_ORG_URL=https://login.acme.example\nOKTA_API_TOKEN=${T.root}\n`,
      `OKTA_ORG_URL=https://acme.okta.com.evil.example\nOKTA_API_TOKEN=${T.root}\n`,
    ]) {
      const s = suite.scopeOf(await suite.scanFiles({ '.env': text }), T.root);
      expect(s).toMatchObject({ status: 'unknown', resolution: 'offline' });
      expect(s.reason).toMatch(/no single \*\.okta\.com, \*\.oktapreview\.com or \*\.okta-emea\.com org is written beside the token/);
    }
    expect(asked(T.root)).toBe(before);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
