import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { randomBody } from './lib/prefixed.js';

// Scrapfly projects have a live and a test environment, each with its own API key
// (https://scrapfly.io/docs/project), issued as scp-live- / scp-test- + 32 hex characters (observed, UNCONFIRMED). A key
// spends the project's scrape credits.
export default defineDetector({
  id: 'scrapfly-api-key',
  provider: 'scrapfly',
  tokenKind: 'api-key',
  keywords: ['scp-live-', 'scp-test-'],
  pattern: /(?<![A-Za-z0-9_-])(scp-(?:live|test)-[a-f0-9]{32})(?![A-Za-z0-9_-])/g,
  check: (secret) => randomBody(secret.slice(9), 3.2),
  enrich: () => ({ facts: { shape: 'unconfirmed' } }),
  redaction: { kind: 'prefix', prefix: /^scp-(?:live|test)-/ },
  docs: { url: 'https://scrapfly.io/docs/project', rotate: 'https://scrapfly.io/dashboard' },
  examples: () => ({
    positive: [
      { text: (t) => `SCRAPFLY_KEY=${t}`, secret: `scp-live-${fake.hex(32)}`, variable: 'SCRAPFLY_KEY' },
      { text: (t) => `client = ScrapflyClient(key="${t}")`, secret: `scp-test-${fake.hex(32)}`, path: 'scrape.py' },
      { text: (t) => `{"mcpServers":{"scrapfly":{"env":{"SCRAPFLY_API_KEY":"${t}"}}}}`, secret: `scp-live-${fake.hex(32)}` },
    ],
    negative: [
      { text: `SCRAPFLY_KEY=scp-live-${fake.hex(20)}`, why: 'near miss: 20 hex characters' },
      { text: `SCRAPFLY_KEY=scp-live-${'0'.repeat(32)}`, why: 'not random' },
    ],
  }),
});
