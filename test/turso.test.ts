// Turso resolver against its stand-in (test/standins/turso.ts): a platform token always acts as its user in every
// organization (root), so the two live cases differ by what they reach: a production database by name, or a staging
// organization only; then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import { canonicalCases, providerSuite } from './canonical.js';
import { tursoWorld } from './standins/turso.js';

const { T, start } = tursoWorld();

const suite = providerSuite({
  id: 'turso',
  start,
  line: (t: string) => `TURSO_API_TOKEN=${t}\n`,
  secrets: () => Object.values(T),
});

describe('Turso', () => {
  it('a platform token reaching a production database: root, the database deletable with its history (inferred)', async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, identity: '2 organizations · 2 databases', reach: { environments: ['production', 'staging', '*'] } });
    expect(scope!.evidence).toEqual(['GET /v1/organizations', 'GET /v1/organizations/ana/databases', 'GET /v1/organizations/acme/databases']);
    expect(scope!.destroy[0]).toMatchObject({ destroysBackups: true, certainty: 'inferred', target: { names: ['acme/shop-production', 'acme/shop-staging'] } });
    expect(rules).toEqual(expect.arrayContaining(['ABR001', 'ABR002']));
  });

  it('a platform token whose user holds a staging organization only: root of it, staging', async () => {
    const { scope } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: true, reach: { environments: ['staging', '*'] } });
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
