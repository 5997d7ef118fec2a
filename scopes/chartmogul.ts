import { offlineOnly } from './lib/offline-only.js';

// Offline-only: ChartMogul credentials are recognised by the name they are given (detectors/lib/named.ts); ChartMogul is not asked yet.
export default offlineOnly({
  id: 'chartmogul',
  name: 'ChartMogul',
  because: 'a ChartMogul API key recognised by the name it is given; ChartMogul is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.chartmogul.com/#/admin/api), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege ChartMogul offers.',
});
