// New Relic resolver against its stand-in (test/standins/new-relic.ts): a user key reaching a production account,
// an EU key found on its second region, an ingest key never sent, then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { canonicalCases, providerSuite } from './canonical.js';
import { newRelicWorld } from './standins/new-relic.js';

const { T, start } = newRelicWorld();
const insert = `NRII-${fake.base64url(32)}`;

const suite = providerSuite({
  id: 'new-relic',
  start,
  line: (t: string) => `NEW_RELIC_API_KEY=${t}\n`,
  secrets: () => [...Object.values(T), insert],
});

describe('New Relic', () => {
  it('a user key: its accounts by name, production among them, configuration deletes (inferred from the roles)', async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: false, identity: 'ana@acme.test · US · 2 accounts', reach: { environments: ['production', 'staging'] } });
    expect(scope!.evidence).toEqual(['POST /graphql query actor']);
    expect(scope!.destroy.map((d) => d.action)).toEqual(['dashboardDelete', 'alertsPolicyDelete', 'syntheticsDeleteMonitor']);
    expect(rules).toContain('ABR002');
  });

  it('an EU key: refused in the US, answered on api.eu.newrelic.com', async () => {
    const { scope } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', identity: 'bo@acme.test · EU · 1 account', reach: { environments: ['staging'] } });
    expect(scope!.evidence).toEqual(['POST /graphql query actor', 'POST eu:/graphql query actor']);
  });

  it('an insert key only sends telemetry: never sent', async () => {
    const r = await suite.scanOf(insert);
    expect(suite.mine(r, insert)[0]?.scope.reason).toMatch(/not resolved: not a New Relic user key/);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
