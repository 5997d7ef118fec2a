// Render resolver against its stand-in (test/standins/render.ts): every Render key reaches all its user's workspaces
// (root), so the two live cases differ by what they reach: a production database by name, or a staging workspace with
// no database; then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import { canonicalCases, providerSuite } from './canonical.js';
import { renderWorld } from './standins/render.js';

const { T, start } = renderWorld();

const suite = providerSuite({
  id: 'render',
  start,
  line: (t: string) => `RENDER_API_KEY=${t}\n`,
  secrets: () => Object.values(T),
});

describe('Render', () => {
  it('a key whose workspaces hold a production database: root, the database deletable with its backups (inferred)', async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, identity: 'ana@acme.test · 2 workspaces', reach: { environments: ['production', 'staging', '*'] } });
    expect(scope!.evidence).toEqual(['GET /v1/owners', 'GET /v1/postgres']);
    expect(scope!.destroy[0]).toMatchObject({ action: 'DELETE /v1/postgres/{postgresId}', destroysBackups: true, certainty: 'inferred', target: { names: ['shop-production', 'shop-staging'] } });
    expect(rules).toEqual(expect.arrayContaining(['ABR001', 'ABR002']));
  });

  it('a key whose only workspace is staging: still root (keys cannot be narrowed), no database named', async () => {
    const { scope } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: true, reach: { environments: ['staging', '*'] } });
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
