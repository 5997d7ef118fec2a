// Auth0 resolver against its stand-in (test/standins/auth0.ts): a client secret is asked about only on the one
// *.auth0.com tenant and with the one client id written beside it, by a client-credentials token request whose granted
// scopes are read; an application that may grant itself anything (root), one that may delete users, one with no
// Management API grant, then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import { managementTokenOnly } from '../scopes/auth0.js';
import { canonicalCases, providerSuite } from './canonical.js';
import { recorded } from './standins/index.js';
import { auth0World } from './standins/auth0.js';

const { T, clientId, start } = auth0World();

const suite = providerSuite({
  id: 'auth0',
  start,
  line: (t: string) => `AUTH0_DOMAIN=acme-staging.us.auth0.com\nAUTH0_CLIENT_ID=${clientId}\nAUTH0_CLIENT_SECRET=${t}\n`,
  secrets: () => Object.values(T),
  // Only the token request leaves: never a Management API call (GET /api/v2/clients would answer client secrets).
  after: () => expect(recorded.filter((r) => r.provider === 'auth0' && r.path !== '/oauth/token')).toEqual([]),
});

const asked = (t: string) => recorded.filter((r) => r.provider === 'auth0' && r.body.includes(t)).length;

describe('Auth0', () => {
  it('an application that may grant itself scopes: root of its tenant (inferred), user deletion', async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, certainty: 'inferred', tokenKind: 'management-api-root-client-secret', reach: { environments: ['staging', '*'] } });
    expect(scope!.identity).toBe(`application ${clientId} on acme-staging.us.auth0.com · 4 Management API scopes`);
    expect(scope!.evidence).toEqual(['POST /oauth/token token client_credentials (Management API)']);
    expect(scope!.destroy.map((d) => d.action)).toEqual(['DELETE /api/v2/users/{id}', 'DELETE /api/v2/clients/{id}', 'DELETE /api/v2/connections/{id}', 'DELETE /api/v2/organizations/{id}']);
    expect(rules).toContain('ABR001');
  });

  it('an application with delete:users: live, users deletable, not root', async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, reach: { environments: ['staging'] } });
    expect(scope!.destroy.map((d) => d.action)).toEqual(['DELETE /api/v2/users/{id}']);
    expect(rules).toContain('ABR003');
  });

  it('an application with no Management API grant (403): live, nothing to delete', async () => {
    const { scope, rules } = await suite.one(T.none);
    expect(scope).toMatchObject({ status: 'live', root: false, destroy: [] });
    expect(rules).toEqual(['ABR006']);
  });

  it('no tenant, two tenants, a custom domain or no client id beside the secret: sent nowhere', async () => {
    const before = asked(T.root);
    const id = `AUTH0_CLIENT_ID=${clientId}\n`;
    for (const [text, why] of [
      [`${id}AUTH0_CLIENT_SECRET=${T.root}\n`, /no single \*\.auth0\.com tenant/],
      [`AUTH0_DOMAIN=acme.auth0.com\nAUTH0_DEV_DOMAIN=acme-dev.eu.auth0.com\n${id}AUTH0_CLIENT_SECRET=${T.root}\n`, /no single \*\.auth0\.com tenant/],
      [`AUTH0_DOMAIN=login.acme.example\n${id}AUTH0_CLIENT_SECRET=${T.root}\n`, /no single \*\.auth0\.com tenant/],
      [`AUTH0_DOMAIN=acme.auth0.com\nAUTH0_CLIENT_SECRET=${T.root}\n`, /no single client id/],
    ] as const) {
      const s = suite.scopeOf(await suite.scanFiles({ '.env': text }), T.root);
      expect(s).toMatchObject({ status: 'unknown', resolution: 'offline' });
      expect(s.reason).toMatch(why);
    }
    expect(asked(T.root)).toBe(before);
  });

  it('only a client-credentials grant for the Management API leaves', () => {
    const body = (o: Record<string, string>) => JSON.stringify(o);
    const ok = { grant_type: 'client_credentials', client_id: 'c', client_secret: 's', audience: 'https://acme.us.auth0.com/api/v2/' };
    expect(managementTokenOnly(body(ok))).toBe('token client_credentials (Management API)');
    expect(() => managementTokenOnly(body({ ...ok, audience: 'https://api.acme.example/' }))).toThrow(/audience/);
    expect(() => managementTokenOnly(body({ ...ok, grant_type: 'password', username: 'u', password: 'p' }))).toThrow(/client-credentials/);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
