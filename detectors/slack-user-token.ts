import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// xoxp- + three digit groups + 28–34 alphanumerics (gitleaks slack-user-token; trufflehog
// pkg/detectors/slack/slack.go; https://docs.slack.dev/authentication/tokens).
export default defineDetector({
  id: 'slack-user-token',
  provider: 'slack',
  tokenKind: 'user-token',
  keywords: ['xoxp-'],
  pattern: /\b(xoxp-[0-9]{8,14}-[0-9]{8,14}-[0-9]{8,14}-[A-Za-z0-9]{28,34})(?![A-Za-z0-9-])/g,
  redaction: { kind: 'prefix', prefix: /^xoxp-/ },
  docs: { url: 'https://docs.slack.dev/authentication/tokens', rotate: 'https://api.slack.com/apps' },
  examples: () => ({
    positive: [
      { text: (t) => `SLACK_USER_TOKEN=${t}`, secret: `xoxp-${fake.digits(11)}-${fake.digits(11)}-${fake.digits(13)}-${fake.hex(32)}`, variable: 'SLACK_USER_TOKEN' },
      { text: (t) => `  slack_token: "${t}"`, secret: `xoxp-${fake.digits(12)}-${fake.digits(12)}-${fake.digits(13)}-${fake.hex(32)}` },
      { text: (t) => `curl -H 'Authorization: Bearer ${t}' https://slack.com/api/auth.test`, secret: `xoxp-${fake.digits(10)}-${fake.digits(11)}-${fake.digits(12)}-${fake.alnum(30)}` },
    ],
    negative: [
      { text: `SLACK_USER_TOKEN=xoxp-${fake.digits(11)}-${fake.digits(11)}-${fake.hex(32)}`, why: 'near miss: two digit groups, not three' },
      { text: `SLACK_USER_TOKEN=xoxp-${fake.digits(11)}-${fake.digits(11)}-${fake.digits(13)}-${fake.hex(20)}`, why: 'near miss: a 20-character secret part' },
    ],
  }),
});
