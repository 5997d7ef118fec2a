import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// HRKU-AA + 58 characters: the current Heroku API key / OAuth token format (trufflehog pkg/detectors/heroku/v2;
// gitleaks heroku-api-key-v2; "Heroku API keys (starting with prefix HRKU-)", gitlab MR 248117;
// https://devcenter.heroku.com/articles/authentication). The format does not say whether it is the account's
// API key or a scoped authorization. In ~/.netrc (the CLI's token) the value is netrc-password's.
export default defineDetector({
  id: 'heroku-api-key',
  provider: 'heroku',
  tokenKind: 'api-key',
  keywords: ['hrku-'],
  pattern: /\b(HRKU-AA[A-Za-z0-9_-]{58})(?![A-Za-z0-9_-])/g,
  check: (_secret, input) => !/(^|\/)[._]netrc$/.test(input.path),
  redaction: { kind: 'prefix', prefix: /^HRKU-AA/ },
  docs: { url: 'https://devcenter.heroku.com/articles/authentication', rotate: 'https://dashboard.heroku.com/account/applications' },
  examples: () => ({
    positive: [
      { text: (t) => `HEROKU_API_KEY=${t}`, secret: 'HRKU-AA' + fake.base64url(58), variable: 'HEROKU_API_KEY' },
      { text: (t) => `heroku config:set --app api HEROKU_API_KEY=${t}`, secret: 'HRKU-AA' + fake.base64url(58) },
      { text: (t) => `      - uses: akhileshns/heroku-deploy@v3.13.15\n        with:\n          heroku_api_key: "${t}"`, secret: 'HRKU-AA' + fake.base64url(58) },
    ],
    negative: [
      { text: 'HEROKU_API_KEY=HRKU-AA' + fake.base64url(40), why: 'near miss: 40 characters after the prefix' },
      { text: 'HEROKU_API_KEY=HRKU-' + fake.base64url(60), why: 'near miss: no AA after HRKU-' },
    ],
  }),
});
