import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// xapp- + version digit + app id + digits + hex: an app-level token for Socket Mode (gitleaks slack-app-token;
// https://docs.slack.dev/authentication/tokens).
const UPPER = 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789';

export default defineDetector({
  id: 'slack-app-token',
  provider: 'slack',
  tokenKind: 'app-level-token',
  keywords: ['xapp-'],
  pattern: /\b(xapp-[0-9]-[A-Z0-9]{9,14}-[0-9]{10,16}-[A-Za-z0-9]{32,80})(?![A-Za-z0-9-])/g,
  redaction: { kind: 'prefix', prefix: /^xapp-/ },
  docs: { url: 'https://docs.slack.dev/authentication/tokens', rotate: 'https://api.slack.com/apps' },
  examples: () => ({
    positive: [
      { text: (t) => `SLACK_APP_TOKEN=${t}`, secret: `xapp-1-A${fake.from(UPPER, 10)}-${fake.digits(13)}-${fake.hex(64)}`, variable: 'SLACK_APP_TOKEN' },
      { text: (t) => `app_token: ${t}`, secret: `xapp-1-A${fake.from(UPPER, 9)}-${fake.digits(13)}-${fake.hex(64)}` },
      { text: (t) => `SocketModeHandler(app, "${t}")`, secret: `xapp-1-A${fake.from(UPPER, 10)}-${fake.digits(12)}-${fake.hex(64)}` },
    ],
    negative: [
      { text: `SLACK_APP_TOKEN=xapp-1-A${fake.from(UPPER, 10)}-${fake.digits(13)}`, why: 'near miss: the secret part is missing' },
      { text: 'SLACK_APP_TOKEN=xapp-your-app-token', why: "the docs' placeholder" },
    ],
  }),
});
