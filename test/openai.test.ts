// OpenAI resolver against its stand-in (test/standins/openai.ts), answering as OpenAI documents: a live root
// credential, a live scoped one and the provider's own cases; then a revoked one, rate limits and an unexpected
// answer (test/saas-helpers.ts). Every credential is built here by the seeded generator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { scanner, revokedRateLimitedUnexpected } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { openaiWorld } from './standins/openai.js';

const world = openaiWorld();

const T = { openai: world.T };

let standin: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start();
  env = { ...NO_NETWORK, [endpointVariable('openai')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ openai: Object.values(T.openai) });
  await standin.close();
});

const { one } = scanner(() => env);

describe('OpenAI', () => {
  it('an admin key is root over the organization', async () => {
    const { scope, rules } = await one('openai', T.openai.root);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'admin-key', root: true, identity: 'Admin API key of org-acme' });
    expect(scope!.reach.environments.sort()).toEqual(['*', 'production', 'sandbox']);
    expect(scope!.evidence).toEqual(['GET /v1/organization/admin_api_keys', 'GET /v1/organization/projects']);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR008']);
  });

  it('a project key that reads files: its project, file deletion inferred (All is the default mode)', async () => {
    const { scope, rules, certainty } = await one('openai', T.openai.scoped, { environments: { proj_support: 'production' } });
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'project-key', root: false, reach: { environments: ['production'] } });
    expect(scope!.identity).toBe('project-key of org-acme, proj_support · All or Restricted with reads on Models and Files');
    expect(scope!.destroy).toMatchObject([{ action: 'DELETE /v1/files/{file_id}', certainty: 'inferred', destroysBackups: false }]);
    expect(rules).toEqual(['ABR002', 'ABR003']);
    expect(certainty).toEqual({ ABR002: 'confirmed', ABR003: 'inferred' });
  });

  it('a Restricted key without files: missing_scope is live, not revoked', async () => {
    const { scope, rules } = await one('openai', T.openai.restricted);
    expect(scope).toMatchObject({ status: 'live', destroy: [] });
    expect(scope!.identity).toMatch(/Restricted \(lacks Files\)/);
    expect(rules).toEqual(['ABR006']);
  });
});

revokedRateLimitedUnexpected('openai', T.openai, () => standin, one);
