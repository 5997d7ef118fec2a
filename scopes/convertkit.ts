import { offlineOnly } from './lib/offline-only.js';

// Offline-only: Kit (ConvertKit) credentials are recognised by the name they are given (detectors/lib/named.ts); Kit (ConvertKit) is not asked yet.
export default offlineOnly({
  id: 'convertkit',
  name: 'Kit (ConvertKit)',
  because: 'a Kit (ConvertKit) API secret recognised by the name it is given; Kit (ConvertKit) is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.kit.com/account_settings/developer_settings), keep the new one in a secret store the agent cannot read, and give the agent a key of the least privilege Kit (ConvertKit) offers.',
});
