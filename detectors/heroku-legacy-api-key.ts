import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { variableIs } from './lib/context.js';

// Before HRKU-, Heroku API keys and OAuth tokens were UUIDs: a Heroku key only where a heroku-named key or
// token variable holds it (trufflehog pkg/detectors/heroku/v1; gitleaks heroku-api-key;
// https://devcenter.heroku.com/articles/authentication). The CLI's ~/.netrc entry is netrc-password's.
export default defineDetector({
  id: 'heroku-legacy-api-key',
  provider: 'heroku',
  tokenKind: 'api-key',
  keywords: ['heroku'],
  pattern: /\b([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\b/gi,
  // The pattern runs only around its keywords (Detector.near): a key only under a heroku name, which ends at most 200 characters before it (Input.variable).
  near: { from: 0, to: 200, reach: 38 },
  check: (_secret, input) => variableIs(input, /heroku/i, /key|token|auth|secret/i),
  redaction: { kind: 'prefix', prefix: /^/ },
  docs: { url: 'https://devcenter.heroku.com/articles/authentication', rotate: 'https://dashboard.heroku.com/account/applications' },
  examples: () => ({
    positive: [
      { text: (t) => `HEROKU_API_KEY=${t}`, secret: fake.uuid(), variable: 'HEROKU_API_KEY' },
      { text: (t) => `      - uses: akhileshns/heroku-deploy@v3.13.15\n        with:\n          heroku_api_key: ${t}`, secret: fake.uuid() },
      { text: (t) => `const herokuToken = "${t}";`, secret: fake.uuid() },
    ],
    negative: [
      { text: `HEROKU_APP_ID=${fake.uuid()}`, why: 'an app id in a Heroku variable, not a key' },
      { text: `REQUEST_ID=${fake.uuid()}\n# deployed on heroku`, why: 'a UUID outside a Heroku key variable' },
    ],
  }),
});
