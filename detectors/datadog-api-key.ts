import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { random, variableIs } from './lib/context.js';
import { datadogSite } from './lib/datadog.js';

// API keys are 32 hex characters with no prefix (trufflehog pkg/detectors/datadogapikey;
// https://docs.datadoghq.com/account_management/api-app-keys/): a Datadog key only in a DD_/datadog API-key
// variable (DD_API_KEY, DATADOG_API_KEY, the DD-API-KEY header) or the agent's datadog.yaml `api_key`.
export default defineDetector({
  id: 'datadog-api-key',
  provider: 'datadog',
  tokenKind: 'api-key',
  keywords: ['datadog', 'dd_api_key', 'dd-api-key', 'ddapikey'],
  pattern: /\b([a-f0-9]{32})\b/g,
  // The pattern runs only around its keywords (Detector.near): a key only under a name the check accepts, which holds one of these and ends at most 200 characters before it.
  near: { keywords: ['datadog', 'ddapi', 'dd_api', 'dd-api', 'api_key'], from: 0, to: 200, reach: 34 },
  check: (secret, input) =>
    (variableIs(input, /(?:^|[^a-z])(?:dd|datadog)[_-]?api[_-]?key/i) || (/(^|\/)datadog[^/]*\.ya?ml$/.test(input.path) && variableIs(input, /^api_key$/))) && random(secret, 3),
  enrich: (_secret, input) => datadogSite(input.text),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://docs.datadoghq.com/account_management/api-app-keys/', rotate: 'https://app.datadoghq.com/organization-settings/api-keys' },
  examples: () => ({
    positive: [
      { text: (t) => `DD_API_KEY=${t}`, secret: fake.hex(32), variable: 'DD_API_KEY' },
      { text: (t) => `api_key: ${t}\nsite: datadoghq.eu\n`, secret: fake.hex(32), path: 'datadog-agent/datadog.yaml' },
      { text: (t) => `curl -X GET "https://api.datadoghq.com/api/v1/validate" -H "DD-API-KEY: ${t}"`, secret: fake.hex(32) },
    ],
    negative: [
      { text: `ADD_API_KEY=${fake.hex(32)}\n# datadog`, why: 'ADD_API_KEY is not a DD_ variable' },
      { text: `DD_APP_KEY=${fake.hex(32)}`, why: 'an application-key variable (and too short for one)' },
    ],
  }),
});
