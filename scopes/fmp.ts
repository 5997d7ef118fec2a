import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Financial Modeling Prep credentials are recognised by the name they are given (detectors/lib/named.ts); Financial Modeling Prep is not asked yet.
export default offlineOnly({
  id: 'fmp',
  name: 'Financial Modeling Prep',
  because: 'a Financial Modeling Prep API key recognised by the name it is given; Financial Modeling Prep is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://site.financialmodelingprep.com/developer/docs/dashboard), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Financial Modeling Prep offers.',
});
