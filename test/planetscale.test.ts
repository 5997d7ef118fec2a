// PlanetScale resolver against its stand-in (test/standins/planetscale.ts): service tokens with their ids beside them;
// one listing a production database (deletion inferred: a token's accesses are not read), one a staging database,
// a token with no id beside it (never sent), then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { canonicalCases, providerSuite } from './canonical.js';
import { planetscaleWorld } from './standins/planetscale.js';

const { T, start } = planetscaleWorld();
type Token = (typeof T)['root'];
const alone = `pscale_tkn_${fake.base64url(43)}`;

const suite = providerSuite<Token>({
  id: 'planetscale',
  start,
  line: (t) => `PLANETSCALE_SERVICE_TOKEN_ID=${t.id}\nPLANETSCALE_SERVICE_TOKEN=${t.secret}\n`,
  secretOf: (t) => t.secret,
  secrets: () => [...Object.values(T).map((t) => t.secret), alone],
});

describe('PlanetScale', () => {
  it('a service token reaching a production database: its databases by name, deletion inferred', async () => {
    const { scope, rules, certainty } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', certainty: 'inferred', reach: { environments: ['production', 'staging'] } });
    expect(scope!.evidence).toEqual(['GET /v1/organizations', 'GET /v1/organizations/acme/databases']);
    expect(scope!.destroy[0]).toMatchObject({ certainty: 'inferred', target: { names: ['acme/shop-production', 'acme/shop-staging'] } });
    expect(rules).toEqual(expect.arrayContaining(['ABR002', 'ABR004']));
    expect(certainty.ABR002).toBe('inferred');
  });

  it('a service token reaching a staging database only', async () => {
    const { scope } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, reach: { environments: ['staging'] } });
  });

  it('a service token with no id beside it is never sent', async () => {
    const r = await suite.scanFiles({ '.env.staging': `PLANETSCALE_SERVICE_TOKEN=${alone}\n` });
    expect(r.results.find((x) => x.finding.secret === alone)?.scope.reason).toMatch(/not resolved: PlanetScale authenticates a service token together with its id/);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
