import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// rk_live_ / rk_test_ + 20–247 alphanumerics: a restricted key, None/Read/Write per resource
// (trufflehog pkg/detectors/stripe/stripe.go; https://docs.stripe.com/keys/restricted-api-keys).
export default defineDetector({
  id: 'stripe-restricted-key',
  provider: 'stripe',
  tokenKind: 'restricted-key',
  keywords: ['rk_live_', 'rk_test_'],
  pattern: /\b(rk_(?:live|test)_[A-Za-z0-9]{20,247})\b/g,
  enrich: (secret) => ({ facts: { mode: secret.slice(3, 7) } }),
  redaction: { kind: 'prefix', prefix: /^rk_(?:live|test)_/ },
  docs: { url: 'https://docs.stripe.com/keys/restricted-api-keys', rotate: 'https://dashboard.stripe.com/apikeys' },
  examples: () => ({
    positive: [
      { text: (t) => `STRIPE_RESTRICTED_KEY=${t}`, secret: 'rk_live_' + fake.alnum(99), variable: 'STRIPE_RESTRICTED_KEY' },
      { text: (t) => `{"stripe": {"apiKey": "${t}"}}`, secret: 'rk_test_' + fake.alnum(99) },
      { text: (t) => `-H "Authorization: Bearer ${t}"`, secret: 'rk_live_' + fake.alnum(24) },
    ],
    negative: [
      { text: 'STRIPE_KEY=rk_prod_' + fake.alnum(24), why: 'not a Stripe mode: neither live_ nor test_' },
      { text: 'STRIPE_KEY=rk_test_' + fake.alnum(16), why: 'near miss: 16 characters after the prefix' },
    ],
  }),
});
