// Stand-in for Stripe's API: a bad key is 401, a restricted key lacking a permission is 403 naming it
// (https://docs.stripe.com/keys, https://docs.stripe.com/api/errors).
import { stripe } from '../saas-helpers.js';
import { bearer, json, serve, type Canned, type Standin } from './index.js';

export interface StripeKey {
  account: { id: string; name?: string; email?: string };
  livemode: boolean;
  /** Restricted keys: which reads were granted (a missing one answers 403 naming the rak_* permission). */
  grants?: { account?: boolean; balance?: boolean; customers?: boolean };
}

export function startStripe(world: { keys: Record<string, StripeKey>; canned?: Record<string, Canned> }): Promise<Standin> {
  const PERMISSION: Record<string, string> = { '/v1/account': 'rak_accounts_kyc_id_numbers_read', '/v1/balance': 'rak_balance_read', '/v1/customers': 'rak_customer_read' };
  const GRANT: Record<string, 'account' | 'balance' | 'customers'> = { '/v1/account': 'account', '/v1/balance': 'balance', '/v1/customers': 'customers' };
  return serve('stripe', bearer, world.canned, (req, url, token, res) => {
    const k = token ? world.keys[token] : undefined;
    // "incorrect or outdated" key: 401 (stripe.com/docs/keys).
    if (!k) return json(res, 401, { error: { message: 'Invalid API Key provided: sk_live_********', type: 'invalid_request_error' } });
    if (req.method !== 'GET' || !PERMISSION[url.pathname]) return json(res, 404, { error: { message: `Unrecognized request URL (${req.method}: ${url.pathname}).`, type: 'invalid_request_error' } });
    if (k.grants && !k.grants[GRANT[url.pathname]]) {
      const prefix = token!.slice(0, 8);
      return json(res, 403, {
        error: {
          message: `The provided key '${prefix}***********' does not have the required permissions for this endpoint on account '${k.account.id}'. Having the '${PERMISSION[url.pathname]}' permission would allow this request to continue.`,
          type: 'invalid_request_error',
        },
      });
    }
    if (url.pathname === '/v1/account')
      return json(res, 200, {
        id: k.account.id,
        object: 'account',
        email: k.account.email ?? null,
        business_profile: { name: k.account.name ?? null },
        settings: { dashboard: { display_name: k.account.name ?? null } },
      });
    if (url.pathname === '/v1/balance') return json(res, 200, { object: 'balance', available: [{ amount: 125000, currency: 'usd' }], pending: [], livemode: k.livemode });
    return json(res, 200, { object: 'list', data: [], has_more: false, url: '/v1/customers' });
  });
}

/** Stripe's stand-in world, shared by test/stripe.test.ts and test/saas-workspace.test.ts: the credentials it knows
 * (built by the seeded generator) and `start` for the stand-in answering them. */
export function stripeWorld() {
  const T = { root: stripe('sk'), scoped: stripe('rk'), blind: stripe('rk'), test: stripe('sk', 'test'), revoked: stripe('sk'), odd: stripe('sk') };
  const start = (): Promise<Standin> =>
    startStripe({
      keys: {
        [T.root]: { account: { id: 'acct_1Live', name: 'Acme Payments' }, livemode: true },
        [T.test]: { account: { id: 'acct_1Live', name: 'Acme Payments' }, livemode: false },
        [T.scoped]: { account: { id: 'acct_1Live' }, livemode: true, grants: { balance: true, customers: true } },
        [T.blind]: { account: { id: 'acct_1Live' }, livemode: true, grants: {} },
      },
      canned: { [T.odd]: { status: 418, body: { error: { message: 'teapot', type: 'api_error' } } } },
    });
  return { T, start };
}
