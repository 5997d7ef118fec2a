import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { claims, SECRET_KEY, sharedFacts } from './lib/shared-prefix.js';

// sk_live_ / sk_test_ + 20–247 alphanumerics; live_/test_ is the mode (trufflehog pkg/detectors/stripe/stripe.go,
// gitleaks stripe-access-token; https://docs.stripe.com/keys). Clerk issues the same shape: a match is Stripe's
// unless its variable, line, file or neighbouring keys name Clerk, and undecided when nothing names either
// (detectors/lib/shared-prefix.ts); this detector reports the undecided ones, with both issuers named.
export default defineDetector({
  id: 'stripe-secret-key',
  provider: 'stripe',
  tokenKind: 'secret-key',
  keywords: ['sk_live_', 'sk_test_'],
  pattern: /\b(sk_(?:live|test)_[A-Za-z0-9]{20,247})\b/g,
  check: (secret, input) => claims(SECRET_KEY, 'stripe', secret, input),
  enrich: (secret, input) => ({ facts: { mode: secret.slice(3, 7) }, shared: sharedFacts(SECRET_KEY, secret, input) }),
  redaction: { kind: 'prefix', prefix: /^sk_(?:live|test)_/ },
  docs: { url: 'https://docs.stripe.com/keys', rotate: 'https://dashboard.stripe.com/apikeys' },
  examples: () => ({
    positive: [
      { text: (t) => `STRIPE_SECRET_KEY=${t}`, secret: 'sk_live_' + fake.alnum(99), variable: 'STRIPE_SECRET_KEY' },
      { text: (t) => `stripe.api_key = "${t}"`, secret: 'sk_test_' + fake.alnum(24) },
      { text: (t) => `curl https://api.stripe.com/v1/charges -u ${t}:`, secret: 'sk_live_' + fake.alnum(24) },
    ],
    negative: [
      { text: 'STRIPE_PUBLISHABLE_KEY=pk_live_' + fake.alnum(99), why: 'a publishable key, public by design' },
      { text: 'STRIPE_SECRET_KEY=sk_live_' + fake.alnum(12), why: 'near miss: 12 characters after the prefix' },
      { text: 'STRIPE_SECRET_KEY=sk_live_' + 'x'.repeat(24), why: 'placeholder run of x' },
      { text: 'CLERK_SECRET_KEY=sk_live_' + fake.alnum(42), why: "a Clerk-named variable: Clerk's key, not Stripe's" },
    ],
  }),
});
