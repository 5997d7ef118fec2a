import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// MaxMind license keys issued since March 2023 are 40 characters of [a-zA-Z0-9_] with a six-character prefix and a
// _mmk suffix (https://dev.maxmind.com/geoip/release-notes/2023-03-16-changes-to-maxmind-license-keys/); "the length
// of license keys may be increased in the future", so longer keys of the same alphabet are taken too. Older
// 16-character keys carry no mark and are not found here. A key downloads the account's GeoIP databases and spends its
// GeoIP and minFraud web-service credit.
const key = () => `${fake.alnum(6)}_${fake.alnum(29)}_mmk`;

export default defineDetector({
  id: 'maxmind-license-key',
  provider: 'maxmind',
  tokenKind: 'license-key',
  keywords: ['_mmk'],
  pattern: /(?<![A-Za-z0-9_])([A-Za-z0-9][A-Za-z0-9_]{35,75}_mmk)(?![A-Za-z0-9_])/g,
  check: (secret) => randomBody(secret.slice(0, -4).replace(/_/g, ''), 3.5),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: {
    url: 'https://dev.maxmind.com/geoip/release-notes/2023-03-16-changes-to-maxmind-license-keys/',
    rotate: 'https://support.maxmind.com/knowledge-base/articles/replace-your-maxmind-license-key',
  },
  examples: () => ({
    positive: [
      { text: (t) => `MAXMIND_LICENSE_KEY=${t}`, secret: key(), variable: 'MAXMIND_LICENSE_KEY' },
      { text: (t) => `AccountID 123456\nLicenseKey ${t}\nEditionIDs GeoLite2-Country GeoLite2-City\n`, secret: key(), path: 'GeoIP.conf' },
      { text: (t) => `geoip:\n  license_key: "${t}"\n`, secret: key() },
    ],
    negative: [
      { text: `MAXMIND_LICENSE_KEY=${fake.alnum(6)}_${fake.alnum(12)}_mmk`, why: 'near miss: 24 characters, shorter than any issued key' },
      { text: `MAXMIND_LICENSE_KEY=${'a'.repeat(6)}_${'b'.repeat(29)}_mmk`, why: 'not random: runs of one character' },
      { text: 'def test_geoip_download_with_valid_license_key_and_account_mmk(): pass', why: 'a function name that happens to end _mmk' },
    ],
  }),
});
