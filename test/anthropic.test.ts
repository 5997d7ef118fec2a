// Anthropic resolver against its stand-in (test/standins/anthropic.ts), answering as Anthropic documents: a live
// root credential, a live scoped one and the provider's own cases; then a revoked one, rate limits and an
// unexpected answer (test/saas-helpers.ts). Every credential is built here by the seeded generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { scanner, revokedRateLimitedUnexpected } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { anthropicWorld } from './standins/anthropic.js';

const world = anthropicWorld();

const T = { anthropic: world.T };

let standin: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start();
  env = { ...NO_NETWORK, [endpointVariable('anthropic')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ anthropic: Object.values(T.anthropic) });
  await standin.close();
});

const { one } = scanner(() => env);

describe('Anthropic', () => {
  it('an admin key (x-api-key) is root over the organization and its workspaces', async () => {
    const { scope, rules, results } = await one('anthropic', T.anthropic.root);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'admin-key', root: true, identity: 'Admin API key of Acme' });
    expect(scope!.reach.environments.sort()).toEqual(['*', 'production']);
    expect(rendered(scope!).reach.resources).toEqual(['organization Acme, and its members, roles, invites and API keys', '2 workspaces: production, research']);
    expect(scope!.evidence).toEqual(['GET /v1/organizations/api_keys', 'GET /v1/organizations/me', 'GET /v1/organizations/workspaces']);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003']);
    expect(results[0].remediation).toMatch(/Keep Admin keys out of runtime/);
  });

  it('an API key: one workspace, file deletion inferred, the organization unnamed when /me refuses it', async () => {
    const { scope, rules } = await one('anthropic', T.anthropic.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'api-key', root: false });
    expect(scope!.destroy).toMatchObject([{ action: 'DELETE /v1/files/{file_id}', certainty: 'inferred' }]);
    expect(scope!.inferred.join(' ')).toMatch(/GET \/v1\/organizations\/me refused a regular key/);
    expect(rules).toEqual(['ABR003']);
  });
});

revokedRateLimitedUnexpected('anthropic', T.anthropic, () => standin, one);
