// Neon resolver against its stand-in (test/standins/neon.ts), answering as documented: the failure modes every
// resolver shares (test/saas-helpers.ts), then a live root credential, a live scoped one and the provider's own
// cases. Every credential is built here by the seeded generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { secretsOf, scannerOf, mine, scopeOf, rules, failureModes } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { neonWorld } from './standins/neon.js';

const world = neonWorld();

const T = { neon: world.T };

let standin: Standin;
const odd = new Set<string>();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start(odd);
  env = { ...NO_NETWORK, [endpointVariable('neon')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ neon: secretsOf(Object.values(T.neon)) });
  await standin?.close();
});

const scanOf = scannerOf(() => env);

failureModes('neon', T.neon, () => standin, scanOf);

describe('Neon', () => {
  it('live root: many projects, branches as environments, hard_delete takes the history', async () => {
    const r = await scanOf('neon', T.neon.root);
    const s = scopeOf(r, T.neon.root);
    expect(s).toMatchObject({ tokenKind: 'personal-or-organization-key', root: true, certainty: 'confirmed' });
    expect(s.reach.environments.sort()).toEqual(['*', 'preview', 'production', 'staging']);
    expect(
      rendered(s)
        .destroy.filter((d) => d.destroysBackups)
        .map((d) => d.resource),
    ).toEqual([
      // One primitive per project.
      '3 branches: production, staging, preview/pr-12 of project shop, with their history (no recovery window)',
      'branch main of project analytics-prod, with its history (no recovery window)',
    ]);
    // The file is staging's; the key also reaches preview branches.
    expect(rules(mine(r, T.neon.root))).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004', 'ABR008']);
    expect(s.evidence).toEqual(['GET /api/v2/projects', 'GET /api/v2/projects/bold-sun-1/branches', 'GET /api/v2/projects/calm-moon-2/branches']);
  });

  it('live scoped: one project, project-scoped inferred', async () => {
    const r = await scanOf('neon', T.neon.scoped);
    const s = scopeOf(r, T.neon.scoped);
    expect(s).toMatchObject({ tokenKind: 'project-scoped-key', root: false, certainty: 'inferred' });
    expect(s.reach.environments.sort()).toEqual(['development', 'staging']);
    expect(rules(mine(r, T.neon.scoped))).toEqual(['ABR003?', 'ABR004?', 'ABR008?']);
  });
});
