import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Google API keys: "AIza" + 35 characters of [0-9A-Za-z_-] (gitleaks gcp-api-key; https://cloud.google.com/docs/authentication/api-keys).
export default defineDetector({
  id: 'gcp-api-key',
  provider: 'gcp',
  tokenKind: 'api-key',
  keywords: ['aiza'],
  pattern: /\b(AIza[0-9A-Za-z_-]{35})(?![0-9A-Za-z_-])/g,
  redaction: { kind: 'prefix', prefix: /^AIza/ },
  docs: { url: 'https://cloud.google.com/docs/authentication/api-keys', rotate: 'https://console.cloud.google.com/apis/credentials' },
  examples: () => ({
    positive: [
      { text: (t) => `GOOGLE_API_KEY=${t}`, secret: 'AIza' + fake.base64url(35), variable: 'GOOGLE_API_KEY' },
      { text: (t) => `<script src="https://maps.googleapis.com/maps/api/js?key=${t}"></script>`, secret: 'AIza' + fake.alnum(35) },
      { text: (t) => `firebase:\n  apiKey: "${t}"`, secret: 'AIza' + fake.alnum(35) },
    ],
    negative: [
      { text: 'GOOGLE_API_KEY=AIza' + 'x'.repeat(35), why: 'placeholder run of x' },
      { text: 'GOOGLE_API_KEY=AIza' + 'Sy3kL9'.repeat(5), why: 'near miss: 30 characters after the prefix' },
    ],
  }),
});
