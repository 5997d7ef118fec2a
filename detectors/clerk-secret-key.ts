import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { claims, SECRET_KEY, sharedFacts } from './lib/shared-prefix.js';

// sk_live_ / sk_test_ + alphanumerics: a Clerk instance's secret key (production / development instance), the
// same shape as Stripe's secret key (https://clerk.com/docs/guides/development/managing-environments; Dashboard >
// API keys). Only a Clerk-named variable, line, file or neighbouring key makes the match Clerk's
// (detectors/lib/shared-prefix.ts); the Stripe detector reports the ones nothing decides.
export default defineDetector({
  id: 'clerk-secret-key',
  provider: 'clerk',
  tokenKind: 'secret-key',
  keywords: ['sk_live_', 'sk_test_'],
  pattern: /\b(sk_(?:live|test)_[A-Za-z0-9]{20,247})\b/g,
  check: (secret, input) => claims(SECRET_KEY, 'clerk', secret, input),
  enrich: (secret, input) => ({ facts: { mode: secret.slice(3, 7) }, shared: sharedFacts(SECRET_KEY, secret, input) }),
  redaction: { kind: 'prefix', prefix: /^sk_(?:live|test)_/ },
  docs: { url: 'https://clerk.com/docs/guides/development/managing-environments', rotate: 'https://dashboard.clerk.com/last-active?path=api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `CLERK_SECRET_KEY=${t}`, secret: 'sk_live_' + fake.alnum(42), variable: 'CLERK_SECRET_KEY' },
      { text: (t) => `NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY=pk_test_${Buffer.from('example.clerk.accounts.dev$').toString('base64')}\nSECRET_KEY=${t}\n`, secret: 'sk_test_' + fake.alnum(42) },
      { text: (t) => `const clerk = createClerkClient({ secretKey: "${t}" })`, secret: 'sk_test_' + fake.alnum(42) },
    ],
    negative: [
      { text: 'CLERK_PUBLISHABLE_KEY=pk_live_' + fake.alnum(40), why: 'a publishable key, public by design' },
      { text: 'STRIPE_SECRET_KEY=sk_live_' + fake.alnum(42), why: "a Stripe-named variable: Stripe's key, not Clerk's" },
      { text: 'SECRET_KEY=sk_live_' + fake.alnum(42), why: 'nothing names Clerk: reported undecided by the Stripe detector, not as Clerk' },
    ],
  }),
});
