import { offlineOnly } from './lib/offline-only.js';

// Offline-only: AWS AppSync credentials are recognised by their documented prefix; AWS AppSync is not asked yet.
export default offlineOnly({
  id: 'aws-appsync',
  name: 'AWS AppSync',
  because: 'an AWS AppSync API key recognised by its da2- prefix; AppSync is not asked, so which GraphQL API it opens is unknown',
  remediation:
    'Revoke it and issue a new one (https://console.aws.amazon.com/appsync/home), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege AWS AppSync offers.',
});
