import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { random, variableIs } from './lib/context.js';

// PagerDuty REST API keys and user tokens carry no prefix of their own (user tokens open u+); they are 20 characters
// of letters, digits, `_`, `+` and `-` (the length and alphabet are observed, UNCONFIRMED;
// https://support.pagerduty.com/main/docs/api-access-keys): a PagerDuty key only where a pagerduty-named key or
// token variable holds it. Integration (routing) keys are 32 hex characters and only send events: not matched.
export default defineDetector({
  id: 'pagerduty-api-key',
  provider: 'pagerduty',
  tokenKind: 'api-key',
  keywords: ['pagerduty', 'pager_duty'],
  pattern: /(?<![A-Za-z0-9_+-])([A-Za-z0-9_+-]{20})(?![A-Za-z0-9_+-])/g,
  // The pattern runs only around its keywords (Detector.near): a key only under a pagerduty name, which ends at most 200 characters before it (Input.variable).
  near: { from: 0, to: 200, reach: 22 },
  check: (secret, input) =>
    variableIs(input, /pager_?duty/i, /token|key|secret/i) && !/integration|routing|service_?key/i.test(input.variable ?? '') && /[0-9]/.test(secret) && /[A-Za-z]/.test(secret) && random(secret, 3.2),
  enrich: (secret) => (secret.startsWith('u+') ? { tokenKind: 'user-token' } : {}),
  redaction: { kind: 'prefix', prefix: /^(?:u\+)?/ },
  docs: { url: 'https://support.pagerduty.com/main/docs/api-access-keys', rotate: 'https://support.pagerduty.com/main/docs/api-access-keys#delete-an-api-key' },
  // Examples are built on first use (by the tests), never during a scan.
  examples: () => ({
    positive: [
      { text: (t) => `PAGERDUTY_API_KEY=${t}`, secret: `${fake.alnum(10)}7${fake.alnum(9)}`, variable: 'PAGERDUTY_API_KEY' },
      { text: (t) => `{"mcpServers":{"pagerduty":{"env":{"PAGERDUTY_USER_API_KEY":"${t}"}}}}`, secret: `u+${fake.alnum(18)}` },
      { text: (t) => `export PAGERDUTY_TOKEN=${t}`, secret: `${fake.alnum(9)}4${fake.alnum(10)}` },
    ],
    negative: [
      { text: `PAGERDUTY_SERVICE_ID=${fake.alnum(20)}`, why: 'an id in a PagerDuty variable, not a key' },
      { text: `PAGERDUTY_INTEGRATION_KEY=${fake.alnum(20)}`, why: 'an integration key only sends events' },
      { text: `SESSION_ID=${fake.alnum(20)}\n# paged through pagerduty`, why: 'a value outside a PagerDuty key variable' },
    ],
  }),
});
