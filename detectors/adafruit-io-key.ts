import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Adafruit IO keys start aio_ (https://io.adafruit.com/api/docs/#authentication, X-AIO-Key) followed by 28
// alphanumerics as observed (UNCONFIRMED). A key reads and writes every feed and dashboard of its account, and deletes
// them.
const token = () => 'aio_' + fake.alnum(28);

export default defineDetector({
  id: 'adafruit-io-key',
  provider: 'adafruit-io',
  tokenKind: 'aio-key',
  keywords: ['aio_'],
  pattern: /\b(aio_[A-Za-z0-9]{28})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(4)),
  redaction: { kind: 'prefix', prefix: /^aio_/ },
  docs: { url: 'https://io.adafruit.com/api/docs/#authentication', rotate: 'https://io.adafruit.com/' },
  examples: () => ({
    positive: [
      { text: (t) => `ADAFRUIT_IO_KEY=${t}`, secret: token(), variable: 'ADAFRUIT_IO_KEY' },
      { text: (t) => `#define IO_KEY "${t}"`, secret: token() },
      { text: (t) => `aio = Client("acme", "${t}")`, secret: token() },
    ],
    negative: [
      { text: `ADAFRUIT_IO_KEY=aio_${fake.alnum(12)}`, why: 'near miss: 12 characters after the prefix' },
      { text: `ADAFRUIT_IO_KEY=aio_${'x'.repeat(28)}`, why: 'a placeholder of one repeated character' },
    ],
  }),
});
