import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Spoonacular credentials are recognised by the name they are given (detectors/lib/named.ts); Spoonacular is not asked yet.
export default offlineOnly({
  id: 'spoonacular',
  name: 'Spoonacular',
  because: 'a Spoonacular API key recognised by the name it is given; Spoonacular is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://spoonacular.com/food-api/console#Profile), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Spoonacular offers.',
});
