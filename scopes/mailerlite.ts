import { offlineOnly } from './lib/offline-only.js';

// Offline-only: MailerLite credentials are recognised by the name they are given (detectors/lib/named.ts); MailerLite is not asked yet.
export default offlineOnly({
  id: 'mailerlite',
  name: 'MailerLite',
  because: 'a MailerLite api key recognised by the name it is given; MailerLite is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.mailerlite.com/integrations/api/), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege MailerLite offers.',
});
