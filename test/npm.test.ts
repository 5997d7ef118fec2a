// npm resolver against its stand-in (test/standins/npm.ts), answering as npm documents: a live root credential,
// a live scoped one and the provider's own cases; then a revoked one, rate limits and an unexpected answer
// (test/saas-helpers.ts). Every credential is built here by the seeded generator.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { scanner, revokedRateLimitedUnexpected } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { npmWorld } from './standins/npm.js';

const world = npmWorld();

const T = { npm: world.T };

let standin: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start();
  env = { ...NO_NETWORK, [endpointVariable('npm')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ npm: Object.values(T.npm) });
  await standin.close();
});

const { one, scanFiles } = scanner(() => env);

describe('npm', () => {
  it('a read-write token that bypasses 2FA is root (inferred: bypass_2fa is unconfirmed schema)', async () => {
    const { scope, rules } = await one('npm', T.npm.root);
    expect(scope).toMatchObject({
      status: 'live',
      tokenKind: 'read-write-token',
      root: true,
      certainty: 'inferred',
      identity: 'acme-release on registry.npmjs.org · read-write, bypasses 2FA · no CIDR limit',
    });
    expect(scope!.destroy).toMatchObject([{ action: 'npm unpublish / deprecate / dist-tag', certainty: 'inferred', destroysBackups: false }]);
    expect(scope!.evidence).toEqual(['GET /-/whoami', 'GET /-/npm/v1/tokens']);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003']);
  });

  it('a read-only token, matched in the token list by its visible prefix: nothing to delete', async () => {
    const { scope, rules, results } = await one('npm', T.npm.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'read-only-token', root: false, destroy: [], certainty: 'confirmed' });
    expect(scope!.identity).toBe('acme-ci on registry.npmjs.org · read-only · CIDR 203.0.113.0/24');
    expect(rules).toEqual(['ABR006']);
    expect(results[0].remediation).toMatch(/^Keep it read-only/);
  });

  it('a token for another registry never reaches npmjs.org', async () => {
    const report = await scanFiles({ '.npmrc': `//npm.example.com/:_authToken=${fake.alnum(40)}\n` });
    expect(report.results[0].scope.reason).toMatch(/not resolved: a credential for npm\.example\.com is only ever sent to npm\.example\.com/);
  });

  it("Yarn's config files: a token quoted in .yarnrc and under npmRegistries in .yarnrc.yml keeps its registry, so it never reaches npmjs.org", async () => {
    const v1 = await scanFiles({ '.yarnrc': `"//npm.example.com/:_authToken" "${fake.alnum(40)}"\n` });
    expect(v1.results[0].scope.reason).toMatch(/only ever sent to npm\.example\.com/);
    const berry = await scanFiles({
      '.yarnrc.yml': `npmRegistries:\n  "https://npm.example.com":\n    npmAlwaysAuth: true\n    npmAuthToken: ${fake.alnum(40)}\n`,
    });
    expect(berry.results[0].scope.reason).toMatch(/only ever sent to npm\.example\.com/);
  });
});

revokedRateLimitedUnexpected('npm', T.npm, () => standin, one);
