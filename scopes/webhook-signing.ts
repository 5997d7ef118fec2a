import { offlineOnly } from './lib/offline-only.js';

// Offline-only: a webhook signing secret calls no API; it lets whoever holds it forge events the receiving application trusts.
export default offlineOnly({
  id: 'webhook-signing',
  name: 'webhook signing secret',
  because: 'a webhook signing secret (Stripe, or Svix for Clerk, Resend and others): whoever holds it forges webhook events the application trusts',
  remediation:
    "Roll the endpoint's signing secret in the sender's dashboard (Stripe: Developers > Webhooks > Roll secret; Svix-based senders: the endpoint's Signing Secret > Rotate) and keep the new one in the deployment's secret store.",
});
