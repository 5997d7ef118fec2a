// Doppler resolver against its stand-in (test/standins/doppler.ts): a personal token (root of the workplace), a
// service token for one production config, then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import { recorded } from './standins/index.js';
import { canonicalCases, providerSuite } from './canonical.js';
import { dopplerWorld } from './standins/doppler.js';

const { T, start } = dopplerWorld();

const suite = providerSuite({
  id: 'doppler',
  start,
  line: (t: string) => `DOPPLER_TOKEN=${t}\n`,
  secrets: () => Object.values(T),
  // Never a call that returns secret values: only GET /v3/me.
  after: () => expect(recorded.filter((r) => r.provider === 'doppler' && r.path !== '/v3/me')).toEqual([]),
});

describe('Doppler', () => {
  it('a personal token: root of its workplace, every environment, project deletion with its secrets', async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, tokenKind: 'personal-token', reach: { environments: ['*'] } });
    expect(scope!.evidence).toEqual(['GET /v3/me']);
    expect(scope!.destroy.map((d) => d.action)).toContain('DELETE /v3/projects/project');
    expect(rules).toContain('ABR001');
  });

  it('a service token: its one config, production by its name, no destroy call', async () => {
    const { scope, rules } = await suite.one(T.scoped);
    expect(scope).toMatchObject({ status: 'live', root: false, tokenKind: 'service-token', destroy: [], reach: { environments: ['production'] } });
    expect(rules).toContain('ABR002');
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
