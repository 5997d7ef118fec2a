import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// The prefix (sk-ant- then api03-) + 93 base64url characters + AA (gitleaks anthropic-api-key; trufflehog
// pkg/detectors/anthropic/anthropic.go; https://docs.anthropic.com/en/api/getting-started). Written in
// parts so this file holds nothing a secret scanner's prefix list would flag.
const PREFIX = ['sk-ant-', 'api03-'].join('');

export default defineDetector({
  id: 'anthropic-api-key',
  provider: 'anthropic',
  tokenKind: 'api-key',
  keywords: [PREFIX],
  pattern: new RegExp(`\\b(${PREFIX}[A-Za-z0-9_-]{93}AA)(?![A-Za-z0-9_-])`, 'g'),
  redaction: { kind: 'prefix', prefix: new RegExp(`^${PREFIX}`) },
  docs: { url: 'https://docs.anthropic.com/en/api/getting-started', rotate: 'https://console.anthropic.com/settings/keys' },
  examples: () => ({
    positive: [
      { text: (t) => `ANTHROPIC_API_KEY=${t}`, secret: `${PREFIX}${fake.base64url(93)}AA`, variable: 'ANTHROPIC_API_KEY' },
      { text: (t) => `{"mcpServers":{"x":{"env":{"ANTHROPIC_API_KEY":"${t}"}}}}`, secret: `${PREFIX}${fake.base64url(93)}AA` },
      { text: (t) => `curl https://api.anthropic.com/v1/models -H "x-api-key: ${t}"`, secret: `${PREFIX}${fake.base64url(93)}AA` },
    ],
    negative: [
      { text: `ANTHROPIC_API_KEY=${PREFIX}${fake.base64url(93)}`, why: 'near miss: the closing AA is missing' },
      { text: `ANTHROPIC_API_KEY=${PREFIX}${fake.base64url(60)}AA`, why: 'near miss: 60 characters before AA' },
    ],
  }),
});
