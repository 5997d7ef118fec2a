import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// A Google Chat incoming webhook URL is https://chat.googleapis.com/v1/spaces/<space>/messages?key=<API key>&token=<token>
// (https://developers.google.com/workspace/chat/quickstart/webhooks); the token's 43 base64url characters are observed
// (UNCONFIRMED). Whoever holds the URL posts as the webhook in its space.
const hook = () => `https://chat.googleapis.com/v1/spaces/AAAA${fake.base64url(7)}/messages?key=AIza${fake.base64url(35)}&token=${fake.base64url(43)}`;

export default defineDetector({
  id: 'google-chat-webhook-url',
  provider: 'google-chat',
  tokenKind: 'webhook-url',
  keywords: ['chat.googleapis.com/v1/spaces/'],
  pattern: /(https:\/\/chat\.googleapis\.com\/v1\/spaces\/[A-Za-z0-9_-]{6,20}\/messages\?key=[A-Za-z0-9_-]{39}(?:&|&amp;|\\u0026)token=[A-Za-z0-9_%=-]{40,60})(?![A-Za-z0-9_%=-])/g,
  redaction: { kind: 'prefix', prefix: /^https:\/\/chat\.googleapis\.com\/v1\/spaces\// },
  docs: { url: 'https://developers.google.com/workspace/chat/quickstart/webhooks', rotate: 'https://developers.google.com/workspace/chat/quickstart/webhooks' },
  examples: () => ({
    positive: [
      { text: (t) => `GOOGLE_CHAT_WEBHOOK=${t}`, secret: hook(), variable: 'GOOGLE_CHAT_WEBHOOK' },
      { text: (t) => `requests.post("${t}", json={"text": "deployed"})`, secret: hook() },
      { text: (t) => `      - name: Notify\n        run: curl -X POST '${t}' -d @msg.json\n`, secret: hook() },
    ],
    negative: [
      { text: `https://chat.googleapis.com/v1/spaces/AAAA${fake.base64url(7)}/messages?key=AIza${fake.base64url(35)}`, why: 'near miss: without the token' },
      { text: 'https://chat.googleapis.com/v1/spaces/SPACE_ID/messages?key=KEY&token=TOKEN', why: "the docs' stand-in" },
    ],
  }),
});
