import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// xoxb- + workspace digits + bot-user digits + 24 alphanumerics; the legacy form has one digit group
// (trufflehog pkg/detectors/slack/slack.go; gitleaks slack-bot-token, slack-legacy-bot-token;
// https://docs.slack.dev/authentication/tokens).
export default defineDetector({
  id: 'slack-bot-token',
  provider: 'slack',
  tokenKind: 'bot-token',
  keywords: ['xoxb-'],
  pattern: /\b(xoxb-[0-9]{8,14}-(?:[0-9]{8,14}-)?[A-Za-z0-9]{18,34})(?![A-Za-z0-9-])/g,
  redaction: { kind: 'prefix', prefix: /^xoxb-/ },
  docs: { url: 'https://docs.slack.dev/authentication/tokens', rotate: 'https://api.slack.com/apps' },
  examples: () => ({
    positive: [
      { text: (t) => `SLACK_BOT_TOKEN=${t}`, secret: `xoxb-${fake.digits(11)}-${fake.digits(13)}-${fake.alnum(24)}`, variable: 'SLACK_BOT_TOKEN' },
      { text: (t) => `{"mcpServers":{"slack":{"env":{"SLACK_BOT_TOKEN":"${t}"}}}}`, secret: `xoxb-${fake.digits(12)}-${fake.digits(13)}-${fake.alnum(24)}` },
      { text: (t) => `app = App(token="${t}")`, secret: `xoxb-${fake.digits(10)}-${fake.alnum(24)}` },
    ],
    negative: [
      { text: `SLACK_BOT_TOKEN=xoxb-${fake.digits(11)}-${fake.digits(13)}-${fake.alnum(12)}`, why: 'near miss: a 12-character secret part' },
      { text: 'SLACK_BOT_TOKEN=xoxb-your-bot-token', why: "the docs' placeholder" },
    ],
  }),
});
