// Cloudflare resolver against its stand-in (test/standins/cloudflare.ts), answering as Cloudflare documents: a
// live root credential, a live scoped one and the provider's own cases; then a revoked one, rate limits and an
// unexpected answer (test/saas-helpers.ts). Every credential is built here by the seeded generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { CF_EMAIL, scanner, revokedRateLimitedUnexpected } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { cloudflareWorld } from './standins/cloudflare.js';

const cf = cloudflareWorld();
const { CF_ACCOUNT } = cf;

const T = { cloudflare: cf.T };

let standin: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await cf.start();
  env = { ...NO_NETWORK, [endpointVariable('cloudflare')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ cloudflare: Object.values(T.cloudflare) });
  await standin.close();
});

const { one, scanFiles } = scanner(() => env);

describe('Cloudflare', () => {
  it('a Global API Key with its email is root over every account and zone', async () => {
    const { scope, rules, certainty, results } = await one('cloudflare', T.cloudflare.root);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'global-api-key', root: true, identity: `${CF_EMAIL} · Global API Key` });
    expect(scope!.reach.environments.sort()).toEqual(['*', 'staging']);
    expect(rendered(scope!).reach.resources).toEqual([`every account and zone ${CF_EMAIL} can access`, 'account Acme', '2 zones: acme.example, staging.acme.example']);
    expect(scope!.destroy.every((d) => d.certainty === 'inferred')).toBe(true);
    expect(scope!.destroy.find((d) => d.destroysBackups)!.action).toBe('D1 database delete');
    expect(scope!.evidence).toEqual(['GET /client/v4/user', 'GET /client/v4/accounts', 'GET /client/v4/zones']);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    expect(certainty).toMatchObject({ ABR001: 'confirmed', ABR003: 'inferred' });
    expect(results[0].remediation).toMatch(/Replace the Global API Key with a scoped API token/);
  });

  it('a scoped user token reads its own policy: DNS Write on the staging zone (destroy inferred)', async () => {
    const { scope, rules } = await one('cloudflare', T.cloudflare.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'user-api-token', root: false, reach: { environments: ['staging'] } });
    expect(scope!.identity).toMatch(/^token dns-staging · no expiry · IP filter 198\.51\.100\.0\/24$/);
    expect(rendered(scope!).reach.resources).toEqual(['zone staging.acme.example: DNS Write, Zone Read']);
    expect(rendered(scope!).destroy).toEqual([
      { action: 'DNS record edit and delete', resource: 'every DNS record of zone staging.acme.example (traffic hijack)', destroysBackups: false, certainty: 'inferred' },
    ]);
    expect(scope!.evidence.map((e) => e.replace(/[a-f0-9]{32}/, '{id}'))).toEqual(['GET /client/v4/user/tokens/verify', 'GET /client/v4/zones', 'GET /client/v4/user/tokens/{id}']);
    expect(rules).toEqual(['ABR003']);
  });

  it('a token that cannot read its own policy: reach from its lists, inferred, writes not determinable', async () => {
    const { scope } = await one('cloudflare', T.cloudflare.blind);
    expect(scope).toMatchObject({ status: 'live', certainty: 'inferred', destroy: [] });
    expect(scope!.inferred[0]).toMatch(/cannot read its own policies/);
  });

  it('a disabled token is revoked; a Global API Key without an email is not sent', async () => {
    expect((await one('cloudflare', T.cloudflare.disabled)).report.summary.revoked).toBe(1);
    const report = await scanFiles({ '.env.staging': `CLOUDFLARE_API_KEY=${T.cloudflare.root}\n` });
    expect(report.results[0].scope.reason).toMatch(/not resolved: a Global API Key is sent with its user's email/);
  });

  it('a pre-2026 token refused as a user token is tried under the account id beside it: an account token', async () => {
    const report = await scanFiles({ '.env.staging': `CLOUDFLARE_ACCOUNT_ID=${CF_ACCOUNT}\nCLOUDFLARE_API_TOKEN=${T.cloudflare.legacyAccount}\n` });
    const scope = report.results[0].scope;
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'account-api-token', root: false });
    expect(rendered(scope).destroy).toMatchObject([{ action: 'Worker delete', resource: `every Worker of account ${CF_ACCOUNT}`, certainty: 'inferred' }]);
    expect(scope.evidence.map((e) => e.replace(/[a-f0-9]{32}/g, '{id}'))).toEqual([
      'GET /client/v4/user/tokens/verify',
      'GET /client/v4/accounts/{id}/tokens/verify',
      'GET /client/v4/zones',
      'GET /client/v4/accounts/{id}/tokens/{id}',
    ]);
  });

  it('a pre-2026 token refused as a user token, with no account id beside it, is unknown, never revoked', async () => {
    const report = await scanFiles({ '.env.staging': `CLOUDFLARE_API_TOKEN=${T.cloudflare.legacyAlone}\n` });
    expect(report.summary.revoked).toBe(0);
    expect(report.results[0].scope.reason).toMatch(/refused as a user token; an account-owned token is verified under its account id/);
  });

  it('a Global API Key refused with the email beside it is unknown (mispaired), never revoked', async () => {
    const report = await scanFiles({ '.env.staging': `CLOUDFLARE_EMAIL=someone@example.org\nCLOUDFLARE_API_KEY=${T.cloudflare.root}\n` });
    expect(report.summary.revoked).toBe(0);
    expect(report.results[0].scope.reason).toMatch(/mispaired/);
  });
});

revokedRateLimitedUnexpected('cloudflare', T.cloudflare, () => standin, one);
