import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// SG. + 22 + . + 43 characters, "69 characters long" (https://www.twilio.com/docs/sendgrid/api-reference/api-key-permissions;
// trufflehog pkg/detectors/sendgrid/sendgrid.go).
export default defineDetector({
  id: 'sendgrid-api-key',
  provider: 'sendgrid',
  tokenKind: 'api-key',
  keywords: ['sg.'],
  pattern: /\b(SG\.[A-Za-z0-9_-]{22}\.[A-Za-z0-9_-]{43})(?![A-Za-z0-9_-])/g,
  // The pattern runs only around its keywords (Detector.near): every match opens on its prefix, the keyword.
  near: { from: 0, to: 0, reach: 72 },
  redaction: { kind: 'prefix', prefix: /^SG\./ },
  docs: { url: 'https://www.twilio.com/docs/sendgrid/ui/account-and-settings/api-keys', rotate: 'https://app.sendgrid.com/settings/api_keys' },
  examples: () => ({
    positive: [
      { text: (t) => `SENDGRID_API_KEY=${t}`, secret: `SG.${fake.base64url(22)}.${fake.base64url(43)}`, variable: 'SENDGRID_API_KEY' },
      { text: (t) => `sg = SendGridAPIClient("${t}")`, secret: `SG.${fake.base64url(22)}.${fake.base64url(43)}` },
      { text: (t) => `smtp:\n  user: apikey\n  password: ${t}`, secret: `SG.${fake.base64url(22)}.${fake.base64url(43)}` },
    ],
    negative: [
      { text: `SENDGRID_API_KEY=SG.${fake.base64url(22)}.${fake.base64url(30)}`, why: 'near miss: 30 characters in the last part' },
      { text: `SENDGRID_API_KEY=SG.${fake.base64url(22)}`, why: 'near miss: the last part is missing' },
    ],
  }),
});
