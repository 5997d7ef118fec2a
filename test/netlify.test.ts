// Netlify resolver against its stand-in (test/standins/netlify.ts), answering as documented: the failure modes
// every resolver shares (test/saas-helpers.ts), then a live root credential, a live scoped one and the
// provider's own cases. Every credential is built here by the seeded generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { secretsOf, scannerOf, mine, scopeOf, rules, failureModes } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { netlifyWorld } from './standins/netlify.js';

const world = netlifyWorld();

const T = { netlify: world.T };

let standin: Standin;
const odd = new Set<string>();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start(odd);
  env = { ...NO_NETWORK, [endpointVariable('netlify')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ netlify: secretsOf(Object.values(T.netlify)) });
  await standin?.close();
});

const scanOf = scannerOf(() => env);

failureModes('netlify', T.netlify, () => standin, scanOf);

describe('Netlify', () => {
  it('live root: the token acts as its user on every site', async () => {
    const r = await scanOf('netlify', T.netlify.root);
    const s = scopeOf(r, T.netlify.root);
    expect(s).toMatchObject({ tokenKind: 'personal-access-token', identity: 'web@acme.example', root: true });
    expect(s.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    expect(rendered(s).reach.resources.join(' ')).toMatch(/environment variables/);
    expect(rules(mine(r, T.netlify.root))).toEqual(['ABR001', 'ABR002', 'ABR003?']);
  });

  it("live with no site: still its user's whole account (Netlify has no scoped token)", async () => {
    const s = scopeOf(await scanOf('netlify', T.netlify.scoped), T.netlify.scoped);
    expect(s).toMatchObject({ status: 'live', identity: 'intern@acme.example', root: true });
    expect(s.inferred.join(' ')).toMatch(/no scoped personal access token is UNCONFIRMED/);
  });
});
