// Stripe resolver against its stand-in (test/standins/stripe.ts), answering as Stripe documents: a live root
// credential, a live scoped one and the provider's own cases; then a revoked one, rate limits and an unexpected
// answer (test/saas-helpers.ts). Every credential is built here by the seeded generator.
import { scopeJson as rendered } from '../src/report/resources.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { endpointVariable } from '../src/resolve/egress.js';
import { assertEgressClean } from './egress-check.js';
import { NO_NETWORK } from './helpers.js';
import { scanner, revokedRateLimitedUnexpected } from './saas-helpers.js';
import type { Standin } from './standins/index.js';
import { stripeWorld } from './standins/stripe.js';

const world = stripeWorld();

const T = { stripe: world.T };

let standin: Standin;
let env: NodeJS.ProcessEnv;

beforeAll(async () => {
  standin = await world.start();
  env = { ...NO_NETWORK, [endpointVariable('stripe')]: standin.url };
});

afterAll(async () => {
  assertEgressClean({ stripe: Object.values(T.stripe) });
  await standin.close();
});

const { one } = scanner(() => env);

describe('Stripe', () => {
  it('a live secret key is root over the live account: production, customers deletable with no restore (inferred)', async () => {
    const { scope, rules, certainty } = await one('stripe', T.stripe.root);
    expect(scope).toMatchObject({
      status: 'live',
      resolution: 'online',
      tokenKind: 'secret-key',
      root: true,
      identity: 'acct_1Live (Acme Payments) · live mode',
      reach: { environments: ['production'] },
    });
    expect(scope!.evidence).toEqual(['GET /v1/account', 'GET /v1/balance']);
    expect(scope!.destroy.map((d) => [d.action, d.destroysBackups, d.certainty])).toEqual([
      ['DELETE /v1/customers/{id}', true, 'inferred'],
      ['refunds, payouts and transfers', false, 'inferred'],
    ]);
    expect(rules).toEqual(['ABR001', 'ABR002', 'ABR003', 'ABR004']);
    expect(certainty).toMatchObject({ ABR001: 'confirmed', ABR002: 'confirmed', ABR003: 'inferred', ABR004: 'inferred' });
  });

  it('a live restricted key: production reach, reads inferred from GETs, the 403 naming the account and permission', async () => {
    const { scope, rules, results } = await one('stripe', T.stripe.scoped);
    expect(scope).toMatchObject({ status: 'live', tokenKind: 'restricted-key', root: false, destroy: [], reach: { environments: ['production'] } });
    expect(scope!.identity).toBe('acct_1Live · live mode · restricted key');
    expect(rendered(scope!).reach.resources[0]).toMatch(/Balance: Read; Customers: Read or Write; lacks rak_accounts_kyc_id_numbers_read/);
    expect(scope!.evidence).toEqual(['GET /v1/account', 'GET /v1/balance', 'GET /v1/customers']);
    expect(rules).toEqual(['ABR002']);
    expect(results[0].remediation).toMatch(/Keep the restricted key to the resources/);
  });

  it('a restricted key without customer reads cannot delete customers (Write implies Read)', async () => {
    const { scope } = await one('stripe', T.stripe.blind);
    expect(rendered(scope!).reach.resources[0]).toMatch(/Customers: None \(so no customer deletion/);
    expect(rendered(scope!).reach.resources[0]).toMatch(/lacks rak_accounts_kyc_id_numbers_read, rak_balance_read, rak_customer_read/);
  });

  it('a test-mode secret key reaches test data only', async () => {
    const { scope, rules } = await one('stripe', T.stripe.test);
    expect(scope).toMatchObject({ tokenKind: 'secret-key', root: false, destroy: [], reach: { environments: ['test'] } });
    expect(rules).toEqual(['ABR006', 'ABR008']);
  });
});

revokedRateLimitedUnexpected('stripe', T.stripe, () => standin, one);
