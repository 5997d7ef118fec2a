import { reachEnvironment } from '../src/context/environment.js';
import { defineProvider, liveScope, revokedScope, shapeScope, type ResolveContext } from '../src/resolve/define.js';
import type { Answer, ProviderEgress } from '../src/resolve/egress.js';
import type { Finding, Scope, Resource } from '../src/types.js';
import { get, objectOf, unexpected } from './lib/saas-read.js';

// Key kinds and modes: https://docs.stripe.com/keys/restricted-api-keys (sk_ can perform "any operation",
// rk_ has None/Read/Write per resource; "Write permissions imply read permissions"); live_/test_ is the mode
// (trufflehog analyzers/stripe/stripe.go checkKeyEnv). Customer deletion "cannot be undone"
// (https://docs.stripe.com/api/customers/delete). Stripe has no key-introspection endpoint (UNCONFIRMED that
// none exists): a restricted key's reads are inferred from GETs, whose 403 names the account and the missing
// rak_* permission (stripe/stripe-node#2246); its writes are not determinable read-only
// (only a write call would tell; https://docs.stripe.com/keys/restricted-api-keys).

const egress: ProviderEgress = {
  provider: 'stripe',
  base: 'https://api.stripe.com',
  hosts: ['api.stripe.com'],
  routes: [
    { method: 'GET', path: /^\/v1\/account$/ },
    { method: 'GET', path: /^\/v1\/balance$/ },
    { method: 'GET', path: /^\/v1\/customers$/ },
  ],
};

const NO_RESTORE = 'that Stripe keeps no restorable copy of a deleted customer is UNCONFIRMED (the API reference says the deletion "cannot be undone"; no restore is documented)';
const MONEY = 'the exact list of money-moving endpoints (refunds, payouts, transfers, payout bank accounts, webhook endpoints) is UNCONFIRMED';

const modeOf = (f: Finding) => f.facts.mode ?? /^[rs]k_(live|test)_/.exec(f.secret)?.[1];

interface StripeError {
  error?: { message?: string; type?: string; code?: string };
}

/** Stripe's 403 for a restricted key without the permission: "does not have the required permissions … on account 'acct_…'. Having the 'rak_…' permission would allow this request to continue." */
function permissionDenied(a: Answer): { account?: string; missing?: string } | undefined {
  if (a.status !== 403) return undefined;
  const message = (a.json as StripeError | undefined)?.error?.message ?? '';
  if (!/does not have the required permissions/i.test(message)) return undefined;
  return { account: /on account '(acct_[A-Za-z0-9]+)'/.exec(message)?.[1], missing: /'(rak_[a-z_]+)'/.exec(message)?.[1] };
}

async function resolveStripe(f: Finding, ctx: ResolveContext): Promise<Scope> {
  const evidence: string[] = [];
  const auth = { authorization: `Bearer ${f.secret}` };
  // GET /v1/account: 200 for a secret key; 403 naming the account for a restricted key without
  // rak_accounts_kyc_id_numbers_read; 401 for an "incorrect or outdated" key (stripe.com/docs/keys).
  const acct = await get(ctx, egress, '/v1/account', auth, evidence);
  if (acct.status === 401) return revokedScope(f.tokenKind, evidence, 'Stripe answered 401: the key is invalid, rolled or expired');
  let accountId: string | undefined;
  let accountName: string | undefined;
  const missing: string[] = [];
  const granted: string[] = [];
  if (acct.status === 200) {
    const a = objectOf<{ id?: string; email?: string; business_profile?: { name?: string }; settings?: { dashboard?: { display_name?: string } } }>('stripe', acct, 'GET /v1/account');
    accountId = a.id;
    accountName = a.settings?.dashboard?.display_name ?? a.business_profile?.name ?? undefined;
  } else {
    const denied = permissionDenied(acct);
    if (!denied) throw unexpected('stripe', acct, 'GET /v1/account');
    accountId = denied.account;
    if (denied.missing) missing.push(denied.missing);
  }
  const restricted = f.secret.startsWith('rk_') || acct.status === 403;

  // GET /v1/balance carries `livemode`, the account's environment signal; a restricted key needs rak_balance_read.
  let live = modeOf(f) === 'live';
  const balance = await get(ctx, egress, '/v1/balance', auth, evidence);
  if (balance.status === 200) {
    const b = objectOf<{ livemode?: boolean }>('stripe', balance, 'GET /v1/balance');
    if (typeof b.livemode === 'boolean') live = b.livemode;
    granted.push('Balance: Read');
  } else {
    const denied = permissionDenied(balance);
    if (!denied || !restricted) throw unexpected('stripe', balance, 'GET /v1/balance');
    if (denied.missing) missing.push(denied.missing);
  }
  const mode = live ? 'live' : 'test';
  const env = reachEnvironment(live ? 'production' : 'test', ctx.environments, ...(accountId ? [`${accountId}/${mode}`] : []));
  const account: Resource = accountId ? { kind: 'account', name: accountId, ...(accountName ? { qualifier: accountName } : {}) } : { kind: 'account' };
  const identity = `${accountId ?? 'the Stripe account'}${accountName ? ` (${accountName})` : ''} · ${mode} mode${restricted ? ' · restricted key' : ''}`;

  if (!restricted) {
    if (!live) {
      return liveScope({
        tokenKind: 'secret-key',
        identity,
        environments: [env],
        resources: [{ kind: 'data', within: account, qualifier: 'test mode only: no live customers or money' }],
        evidence,
      });
    }
    return liveScope({
      tokenKind: 'secret-key',
      identity,
      root: true,
      environments: [env],
      resources: [{ ...account, environment: 'production', including: ['every object, balance, payout and transfer'] }],
      destroy: [
        {
          action: 'DELETE /v1/customers/{id}',
          target: { kind: 'customer', all: true, within: account, environment: 'production', qualifier: 'cancels their subscriptions', with: ['their saved cards'] },
          destroysBackups: true,
          certainty: 'inferred',
        },
        {
          action: 'refunds, payouts and transfers',
          target: { kind: 'balance', within: account, environment: 'production', qualifier: 'money moved out' },
          destroysBackups: false,
          certainty: 'inferred',
        },
      ],
      unconfirmed: [NO_RESTORE, MONEY],
      evidence,
    });
  }

  // A restricted key: customer reads say whether customer deletion is possible at all (write implies read).
  const customers = await get(ctx, egress, '/v1/customers?limit=1', auth, evidence);
  const notes = ["a restricted key's Write permissions are not determinable read-only (Stripe has no introspection endpoint; probing writes is not a read)"];
  if (customers.status === 200) {
    objectOf('stripe', customers, 'GET /v1/customers');
    granted.push('Customers: Read or Write');
    notes.push(`it reads customers, so it can delete them (DELETE /v1/customers/{id}, irreversible) if it was granted Customers: Write`);
  } else {
    const denied = permissionDenied(customers);
    if (!denied) throw unexpected('stripe', customers, 'GET /v1/customers');
    if (denied.missing) missing.push(denied.missing);
    granted.push('Customers: None (so no customer deletion: Write implies Read)');
  }
  return liveScope({
    tokenKind: 'restricted-key',
    identity,
    environments: [env],
    resources: [{ ...account, ...(live ? { environment: 'production' } : { qualifier: 'test mode' }), access: [...granted, ...(missing.length ? [`lacks ${missing.join(', ')}`] : [])] }],
    unconfirmed: notes,
    evidence,
  });
}

export default defineProvider({
  id: 'stripe',
  name: 'Stripe',
  asks: {
    calls: '`GET /v1/account`, `/v1/balance`, `/v1/customers?limit=1` (restricted keys)',
    tells: '`sk_live_` → root in production; customer deletion †; restricted-key writes not determinable read-only',
    docs: 'https://docs.stripe.com/keys/restricted-api-keys',
  },
  hosts: egress.hosts,
  egress,
  resolve: resolveStripe,
  offline: (f) => {
    const mode = modeOf(f);
    const environments = mode === 'live' ? ['production'] : mode === 'test' ? ['test'] : [];
    if (f.tokenKind === 'secret-key' && mode === 'live') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments,
        resources: [{ kind: 'account', environment: 'production', including: ['every object, balance, payout and transfer'] }],
        destroy: [
          {
            action: 'DELETE /v1/customers/{id}',
            target: { kind: 'customer', all: true, environment: 'production', qualifier: 'cancels their subscriptions', with: ['their saved cards'] },
            destroysBackups: true,
          },
          { action: 'refunds, payouts and transfers', target: { kind: 'balance', environment: 'production', qualifier: 'money moved out' }, destroysBackups: false },
        ],
        because: ['sk_live_ is an unrestricted live secret key: "any operation in your Stripe account", with real money', NO_RESTORE, MONEY],
      });
    }
    if (f.tokenKind === 'secret-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        environments,
        resources: [{ kind: 'data', within: { kind: 'account' }, qualifier: 'test mode only' }],
        because: ['sk_test_ is an unrestricted secret key for test mode: it reaches no live customers or money'],
      });
    }
    if (f.tokenKind === 'restricted-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        environments,
        resources: [
          mode === 'test'
            ? { kind: 'data', within: { kind: 'account' }, qualifier: "test mode, within the key's permissions" }
            : { kind: 'account', environment: 'production', qualifier: 'within the resources and Read/Write levels granted' },
        ],
        because: [
          `${mode === 'test' ? 'rk_test_' : 'rk_live_'} is a restricted key; its permissions are only known from Stripe (no introspection endpoint was found, UNCONFIRMED; a denied GET names the missing rak_* permission)`,
        ],
      });
    }
    return shapeScope({ tokenKind: f.tokenKind, environments, because: [`a Stripe ${f.tokenKind} whose permissions only Stripe can tell`] });
  },
  remediation: (f, scope) => {
    const keys = modeOf(f) === 'test' ? 'https://dashboard.stripe.com/test/apikeys' : 'https://dashboard.stripe.com/apikeys';
    if (scope.tokenKind === 'restricted-key' || f.tokenKind === 'restricted-key') {
      return `Keep the restricted key to the resources and Read/Write levels the task needs (Read where it only reads; no Customers: Write unless it must change customers), and roll this one at ${keys}.`;
    }
    return `Replace it with a restricted key (${modeOf(f) === 'test' ? 'rk_test_' : 'rk_live_'}) granting only the resources the task needs, at Read unless it must write (e.g. Charges: Read, Customers: Read), and roll this secret key at ${keys}; Stripe recommends restricted keys over secret keys.`;
  },
});
