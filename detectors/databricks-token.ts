import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Databricks personal access tokens start dapi (https://docs.databricks.com/aws/en/dev-tools/auth/pat) followed by 32
// hex characters, sometimes a -<digit> suffix (observed, UNCONFIRMED). A token acts as its user in the workspace:
// clusters, jobs, notebooks and every table the user can read or drop.
export default defineDetector({
  id: 'databricks-token',
  provider: 'databricks',
  tokenKind: 'personal-access-token',
  keywords: ['dapi'],
  pattern: /\b(dapi[a-f0-9]{32}(?:-[0-9])?)(?![A-Za-z0-9_-])/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its prefix, the keyword.
  near: { from: 0, to: 0, reach: 40 },
  check: (secret) => /[a-f]/.test(secret.slice(4, 36)) && /[0-9]/.test(secret.slice(4, 36)),
  redaction: { kind: 'prefix', prefix: /^dapi/ },
  docs: { url: 'https://docs.databricks.com/aws/en/dev-tools/auth/pat', rotate: 'https://docs.databricks.com/aws/en/dev-tools/auth/pat#revoke-a-personal-access-token' },
  examples: () => ({
    positive: [
      { text: (t) => `DATABRICKS_TOKEN=${t}`, secret: 'dapi' + fake.hex(32), variable: 'DATABRICKS_TOKEN' },
      { text: (t) => `[DEFAULT]\nhost  = https://adb-1234567890123456.7.azuredatabricks.net\ntoken = ${t}\n`, secret: 'dapi' + fake.hex(32), path: '.databrickscfg' },
      { text: (t) => `{"mcpServers":{"databricks":{"env":{"DATABRICKS_TOKEN":"${t}"}}}}`, secret: `dapi${fake.hex(32)}-2` },
    ],
    negative: [
      { text: `DATABRICKS_TOKEN=dapi${fake.hex(24)}`, why: 'near miss: 24 hex characters, not 32' },
      { text: 'const dapiVersion = "dapi2024";', why: 'an identifier, not a token' },
    ],
  }),
});
