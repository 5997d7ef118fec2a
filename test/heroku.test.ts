// Heroku resolver against its stand-in (test/standins/heroku.ts), answering as documented: the failure modes
// every resolver shares (test/saas-helpers.ts), then a live root credential, a live scoped one and the
// provider's own cases. Every credential is built here by the seeded generator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { secretsOf, scannerOf, mine, scopeOf, rules, failureModes } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { herokuWorld } from './standins/heroku.js';

const world = herokuWorld();

const T = { heroku: world.T };

let standin: Standin;
const odd = new Set<string>();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start(odd);
  env = { ...NO_NETWORK, [endpointVariable('heroku')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ heroku: secretsOf(Object.values(T.heroku)) });
  await standin?.close();
});

const scanOf = scannerOf(() => env);

failureModes('heroku', T.heroku, () => standin, scanOf);

describe('Heroku', () => {
  it('live root: the global token, every app, Postgres backups deletable', async () => {
    const s = scopeOf(await scanOf('heroku', T.heroku.root), T.heroku.root);
    expect(s).toMatchObject({ status: 'live', tokenKind: 'global-token', identity: 'founder@acme.example', root: true, certainty: 'confirmed' });
    expect(s.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    expect(s.destroy.map((d) => [d.action, d.destroysBackups, d.certainty])).toEqual([
      ['apps:destroy', false, 'confirmed'],
      ['addons:destroy', true, 'inferred'],
      ['pg:backups:delete', true, 'confirmed'],
    ]);
    expect(s.evidence).toEqual(['GET /account', 'GET /apps']);
  });

  it('live scoped: a read authorization reaches its apps, destroys nothing', async () => {
    const r = await scanOf('heroku', T.heroku.scoped);
    const s = scopeOf(r, T.heroku.scoped);
    expect(s).toMatchObject({ tokenKind: 'read-token', root: false, destroy: [] });
    expect(s.reach.environments).toEqual(['staging']);
    expect(rules(mine(r, T.heroku.scoped))).toEqual(['ABR006']);
  });

  it('no Oauth-Scope header: root, but inferred', async () => {
    const r = await scanOf('heroku', T.heroku.bare);
    const s = scopeOf(r, T.heroku.bare);
    expect(s).toMatchObject({ tokenKind: 'api-key', root: true, certainty: 'inferred' });
    expect(rules(mine(r, T.heroku.bare))).toEqual(['ABR001?', 'ABR002?', 'ABR003?', 'ABR004?']);
  });
});
