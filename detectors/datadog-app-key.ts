import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { random, variableIs } from './lib/context.js';
import { datadogCompanions } from './lib/datadog.js';

// Application keys are 40 hex characters with no prefix (trufflehog pkg/detectors/datadogtoken; gitleaks
// datadog-access-token; https://docs.datadoghq.com/account_management/api-app-keys/): a Datadog key only in a
// DD_/datadog app-key variable (DD_APP_KEY, DATADOG_APP_KEY, DD_APPLICATION_KEY, the DD-APPLICATION-KEY header).
export default defineDetector({
  id: 'datadog-app-key',
  provider: 'datadog',
  tokenKind: 'application-key',
  keywords: ['datadog', 'dd_app_key', 'dd-app-key', 'ddappkey', 'dd_application_key', 'dd-application-key', 'ddapplicationkey'],
  pattern: /\b([a-f0-9]{40})\b/g,
  // The pattern runs only around its keywords (Detector.near): a key only under a name the check's pattern accepts, which holds one of these and ends at most 200 characters before it.
  near: { keywords: ['datadog', 'ddapp', 'dd_app', 'dd-app'], from: 0, to: 200, reach: 42 },
  check: (secret, input) => variableIs(input, /(?:^|[^a-z])(?:dd|datadog)[_-]?app(?:lication)?[_-]?key/i) && random(secret, 3),
  enrich: (_secret, input) => datadogCompanions(input.text),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://docs.datadoghq.com/account_management/api-app-keys/', rotate: 'https://app.datadoghq.com/organization-settings/application-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `DD_APP_KEY=${t}`, secret: fake.hex(40), variable: 'DD_APP_KEY' },
      { text: (t) => `{"mcpServers":{"datadog":{"env":{"DATADOG_APP_KEY":"${t}"}}}}`, secret: fake.hex(40) },
      { text: (t) => `curl "https://api.datadoghq.com/api/v1/dashboard" -H "DD-APPLICATION-KEY: ${t}"`, secret: fake.hex(40) },
    ],
    negative: [
      { text: `DD_APP_VERSION=${fake.hex(40)}`, why: 'a commit sha in a DD_ variable that is not a key' },
      { text: `DD_APP_KEY=${fake.hex(32)}`, why: 'near miss: 32 hex characters, an API key length' },
    ],
  }),
});
