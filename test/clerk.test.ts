// Clerk resolver against its stand-in (test/standins/clerk.ts): a production instance's secret key (root of the
// instance), a development one, then the canonical cases every resolver answers the same way.
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { canonicalCases, providerSuite } from './canonical.js';
import { startClerk } from './standins/clerk.js';

const key = (mode: 'live' | 'test') => `sk_${mode}_${fake.alnum(42)}`;
const T = { root: key('live'), dev: key('test'), revoked: key('live'), odd: key('live') };

const suite = providerSuite({
  id: 'clerk',
  start: () =>
    startClerk({
      keys: { [T.root]: { instance: 'ins_2prod', environment: 'production' }, [T.dev]: { instance: 'ins_2dev', environment: 'development' } },
      canned: { [T.odd]: { status: 418, body: {} } },
    }),
  line: (t: string) => `CLERK_SECRET_KEY=${t}\n`,
  secrets: () => Object.values(T),
});

describe('Clerk', () => {
  it("a production instance's secret key: root of the instance, production, its users deletable", async () => {
    const { scope, rules } = await suite.one(T.root);
    expect(scope).toMatchObject({ status: 'live', resolution: 'online', root: true, identity: 'ins_2prod · production instance', reach: { environments: ['production'] } });
    expect(scope!.evidence).toEqual(['GET /v1/instance']);
    expect(scope!.destroy.map((d) => d.action)).toContain('DELETE /v1/users/{user_id}');
    expect(rules).toContain('ABR001');
  });

  it("a development instance's secret key: not root, development, mapped through the config environments", async () => {
    const { scope } = await suite.one(T.dev, { environments: { ins_2dev: 'staging' } });
    expect(scope).toMatchObject({ status: 'live', root: false, reach: { environments: ['staging'] } });
  });
});

canonicalCases(suite, { root: T.root, revoked: T.revoked, odd: T.odd });
