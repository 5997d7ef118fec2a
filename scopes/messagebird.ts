import { offlineOnly } from './lib/offline-only.js';

// Offline-only: MessageBird (Bird) credentials are recognised by the name they are given (detectors/lib/named.ts); MessageBird (Bird) is not asked yet.
export default offlineOnly({
  id: 'messagebird',
  name: 'MessageBird (Bird)',
  because: 'a MessageBird (Bird) access key recognised by the name it is given; MessageBird (Bird) is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://dashboard.messagebird.com/en/developers/access), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege MessageBird (Bird) offers.',
});
