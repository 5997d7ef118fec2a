import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// whsec_ is the prefix of webhook signing secrets at Stripe (https://docs.stripe.com/webhooks#verify-events) and at
// Svix, which signs webhooks for Clerk, Resend and others (https://docs.svix.com/receiving/verifying-payloads/how-manual:
// whsec_ + base64 of the key). Whoever holds one forges events the receiving application trusts (a paid invoice, a
// new user); it calls no API by itself, so it belongs to no one issuer's resolver.
export default defineDetector({
  id: 'webhook-signing-secret',
  provider: 'webhook-signing',
  tokenKind: 'signing-secret',
  keywords: ['whsec_'],
  pattern: /\b(whsec_[A-Za-z0-9+/]{32,88}={0,2})(?![A-Za-z0-9+/=_-])/g,
  check: (secret) => randomBody(secret.slice(6).replace(/=+$/, '')),
  redaction: { kind: 'prefix', prefix: /^whsec_/ },
  docs: { url: 'https://docs.svix.com/receiving/verifying-payloads/how-manual', rotate: 'https://docs.stripe.com/webhooks#roll-endpoint-secrets' },
  examples: () => ({
    positive: [
      { text: (t) => `STRIPE_WEBHOOK_SECRET=${t}`, secret: 'whsec_' + fake.alnum(32), variable: 'STRIPE_WEBHOOK_SECRET' },
      { text: (t) => `CLERK_WEBHOOK_SIGNING_SECRET="${t}"`, secret: `whsec_${fake.base64(42)}==` },
      { text: (t) => `const wh = new Webhook('${t}');`, secret: 'whsec_' + fake.base64(43) + '=' },
    ],
    negative: [
      { text: `STRIPE_WEBHOOK_SECRET=whsec_${fake.alnum(16)}`, why: 'near miss: 16 characters after the prefix' },
      { text: 'STRIPE_WEBHOOK_SECRET=whsec_...', why: "the docs' stand-in" },
    ],
  }),
});
