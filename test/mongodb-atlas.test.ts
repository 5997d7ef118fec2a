// MongoDB Atlas resolver against its stand-in (test/standins/mongodb-atlas.ts), answering as documented: the
// failure modes every resolver shares (test/saas-helpers.ts), then a live root credential, a live scoped one and
// the provider's own cases. Every credential is built here by the seeded generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK, scan, scanDefaults, workspace } from './helpers.js';
import { secretsOf, scannerOf, mine, scopeOf, rules, failureModes } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { mongodbAtlasWorld } from './standins/mongodb-atlas.js';

const world = mongodbAtlasWorld();

const T = { 'mongodb-atlas': world.T };

let standin: Standin;
const odd = new Set<string>();
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start(odd);
  env = { ...NO_NETWORK, [endpointVariable('mongodb-atlas')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ 'mongodb-atlas': secretsOf(Object.values(T['mongodb-atlas'])) });
  await standin?.close();
});

const scanOf = scannerOf(() => env);

failureModes('mongodb-atlas', T['mongodb-atlas'], () => standin, scanOf);

describe('MongoDB Atlas', () => {
  const a = T['mongodb-atlas'];
  it('live root: an Organization Owner key (HTTP Digest), clusters named, snapshots inferred', async () => {
    const r = await scanOf('mongodb-atlas', a.root);
    const s = scopeOf(r, a.root);
    expect(s).toMatchObject({ tokenKind: 'org-owner-api-key', root: true });
    expect(s.reach.environments.sort()).toEqual(['*', 'production', 'staging']);
    expect(rendered(s).destroy.map((d) => [d.action, d.resource])).toEqual([
      // One primitive per cluster.
      ['deleteCluster', 'cluster orders of project shop-production (termination protection on; the owner role can turn it off)'],
      ['deleteCluster retainBackups=false', 'every backup snapshot of cluster orders of project shop-production'],
      ['deleteCluster', 'cluster orders-stg of project shop-staging'],
      ['deleteCluster retainBackups=false', 'every backup snapshot of cluster orders-stg of project shop-staging'],
    ]);
    expect(rules(mine(r, a.root))).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004?']);
    expect(s.evidence.slice(0, 3)).toEqual(['GET /api/atlas/v2', 'GET /api/atlas/v2', 'GET /api/atlas/v2/groups']);
  });

  it('live scoped: a Project Read Only key behind an access list', async () => {
    const r = await scanOf('mongodb-atlas', a.scoped);
    const s = scopeOf(r, a.scoped);
    expect(s).toMatchObject({ tokenKind: 'read-only-api-key', root: false, destroy: [] });
    expect(rendered(s).reach.resources.join('\n')).toMatch(/^API key \S+, usable only from 203\.0\.113\.0\/24 \(IP access list\)$/m);
    expect(rules(mine(r, a.scoped))).toEqual(['ABR006']);
  });

  it("a Project Owner can delete its project's clusters only", async () => {
    const s = scopeOf(await scanOf('mongodb-atlas', a.owner), a.owner);
    expect(s).toMatchObject({ tokenKind: 'project-owner-api-key', root: false });
    expect(rendered(s).destroy.map((d) => d.resource)).toEqual(['cluster orders-stg of project shop-staging', 'every backup snapshot of cluster orders-stg of project shop-staging']);
  });

  it('a private key without its public key is not sent', async () => {
    const r = await scan({ ...scanDefaults, offline: false, root: workspace({ 'atlas.env': `MONGODB_ATLAS_PRIVATE_KEY=${fake.uuid()}\n` }), env });
    expect(r.results[0].scope.reason).toMatch(/not resolved: no Atlas public key/);
  });
});
