// Grafana resolver against its stand-in (test/standins/grafana.ts): a Cloud access policy token that lists the
// organization's stacks (their deletion inferred: a policy's scopes are not readable), a telemetry-write token without
// stacks:read, a service account token never sent, then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { canonicalCases, providerSuite } from './canonical.js';
import { grafanaWorld } from './standins/grafana.js';

const { T, start } = grafanaWorld();
const serviceAccount = `glsa_${fake.alnum(32)}_${fake.hex(8)}`;

const suite = providerSuite({
  id: 'grafana',
  start,
  line: (t: string) => `GRAFANA_CLOUD_TOKEN=${t}\n`,
  secrets: () => [...Object.values(T), serviceAccount],
});

describe('Grafana', () => {
  it('an access policy token with stacks:read: its stacks by name and environment, stack deletion inferred', async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: false, identity: 'access policy token · acme · 2 stacks', reach: { environments: ['production', 'staging'] } });
    expect(scope!.evidence).toEqual(['GET /api/instances']);
    expect(scope!.destroy).toMatchObject([{ action: 'DELETE /api/instances/{stack}', certainty: 'inferred', destroysBackups: true }]);
    expect(rules).toContain('ABR002');
  });

  it('a telemetry-write token: live (403 without stacks:read), nothing to delete', async () => {
    const { scope } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, destroy: [] });
  });

  it('a service account token is never sent: its instance is not an official host', async () => {
    const r = await suite.scanOf(serviceAccount);
    expect(suite.mine(r, serviceAccount)[0]?.scope.reason).toMatch(/not resolved: a Grafana service account token/);
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
