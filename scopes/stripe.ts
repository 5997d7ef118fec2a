import { defineProvider, shapeScope } from '../src/resolve/define.js';

// Key kinds and modes: https://docs.stripe.com/keys/restricted-api-keys (sk_ can perform "any operation",
// rk_ has None/Read/Write per resource); live_/test_ is the mode (trufflehog analyzers/stripe/stripe.go
// checkKeyEnv). Customer deletion "cannot be undone" (https://docs.stripe.com/api/customers/delete).
export default defineProvider({
  id: 'stripe',
  name: 'Stripe',
  hosts: ['api.stripe.com'],
  offline: (f) => {
    const mode = f.facts.mode ?? /^[rs]k_(live|test)_/.exec(f.secret)?.[1];
    const environments = mode === 'live' ? ['production'] : mode === 'test' ? ['test'] : [];
    if (f.tokenKind === 'secret-key' && mode === 'live') {
      return shapeScope({
        tokenKind: f.tokenKind,
        root: true,
        environments,
        resources: ['the whole live Stripe account: every object, balance, payout and transfer'],
        destroy: [
          { action: 'DELETE /v1/customers/{id}', resource: 'every live customer, with their saved cards; cancels their subscriptions', destroysBackups: true },
          { action: 'refunds, payouts and transfers', resource: 'the live balance (money moved out)', destroysBackups: false },
        ],
        because: [
          'sk_live_ is an unrestricted live secret key: "any operation in your Stripe account", with real money',
          'that Stripe keeps no restorable copy of a deleted customer is UNCONFIRMED (the API reference says the deletion "cannot be undone")',
          'the exact list of money-moving endpoints is UNCONFIRMED',
        ],
      });
    }
    if (f.tokenKind === 'secret-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        environments,
        resources: ["the account's test-mode data only"],
        because: ['sk_test_ is an unrestricted secret key for test mode: it reaches no live customers or money'],
      });
    }
    if (f.tokenKind === 'restricted-key') {
      return shapeScope({
        tokenKind: f.tokenKind,
        environments,
        resources: [mode === 'test' ? "the account's test-mode data, within the key's permissions" : 'the live account, within the resources and Read/Write levels granted'],
        because: [
          `${mode === 'test' ? 'rk_test_' : 'rk_live_'} is a restricted key; its permissions are only known from Stripe (no introspection endpoint was found, UNCONFIRMED; a denied GET names the missing rak_* permission)`,
        ],
      });
    }
    return shapeScope({ tokenKind: f.tokenKind, environments, because: [`a Stripe ${f.tokenKind} whose permissions only Stripe can tell`] });
  },
  remediation: (f) => {
    const keys = (f.facts.mode ?? /^[rs]k_(live|test)_/.exec(f.secret)?.[1]) === 'test' ? 'https://dashboard.stripe.com/test/apikeys' : 'https://dashboard.stripe.com/apikeys';
    return f.tokenKind === 'restricted-key'
      ? `Narrow the restricted key to the resources and Read/Write levels the task needs, and roll this one at ${keys}.`
      : `Replace it with a restricted key (rk_) granting only the resources and Read/Write levels the task needs, and roll this secret key at ${keys}.`;
  },
});
