// Fly.io resolver against its stand-in (test/standins/flyio.ts), answering as documented: the failure modes
// every resolver shares (test/saas-helpers.ts), then a live root credential, a live scoped one and the
// provider's own cases. Every credential is built here by the seeded generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { readFlyCaveats } from '../scopes/lib/fly-macaroon.js';
import * as fake from '../src/detect/fake.js';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { secretsOf, scannerOf, mine, scopeOf, rules, failureModes } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { FLY_APP, FLY_ORG, flyDeploy, flyioWorld } from './standins/flyio.js';

const world = flyioWorld();

const T = { flyio: world.T };

let standin: Standin;
const odd = new Set<string>();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start(odd);
  env = { ...NO_NETWORK, [endpointVariable('flyio')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ flyio: secretsOf(Object.values(T.flyio)) });
  await standin?.close();
});

const scanOf = scannerOf(() => env);

failureModes('flyio', T.flyio, () => standin, scanOf);

describe('Fly.io', () => {
  it('live root: a user token, every app, volumes (and their snapshots, inferred)', async () => {
    const r = await scanOf('flyio', T.flyio.root);
    const s = scopeOf(r, T.flyio.root);
    expect(s).toMatchObject({ tokenKind: 'user-token', root: true });
    expect(s.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    expect(rules(mine(r, T.flyio.root))).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004?']);
    expect(s.evidence).toEqual(['GET /v1/apps', 'GET /v1/apps']);
  });

  it("live scoped: a deploy token's caveats name its one app", async () => {
    const s = scopeOf(await scanOf('flyio', T.flyio.scoped), T.flyio.scoped);
    expect(s).toMatchObject({ status: 'live', tokenKind: 'deploy-token', root: false });
    expect(rendered(s).reach.resources[0]).toBe(`app ${FLY_APP} (rwcdC)`);
    expect(s.destroy.every((d) => d.certainty === 'inferred')).toBe(true);
    expect(s.evidence).toEqual(['GET /v1/apps']);
  });

  it('a readonly token destroys nothing; the macaroon reader reads what fly tokens debug shows', async () => {
    const s = scopeOf(await scanOf('flyio', T.flyio.readonly), T.flyio.readonly);
    expect(s).toMatchObject({ tokenKind: 'readonly-token', destroy: [] });
    expect(readFlyCaveats(flyDeploy)).toMatchObject({ orgs: [{ id: String(FLY_ORG), mask: 31 }], apps: [{ [String(FLY_APP)]: 31 }] });
    expect(readFlyCaveats('fm2_' + fake.base64(120))).toBeUndefined();
  });
});
