import { defineNamedDetector } from './lib/named.js';

// ScrapingAnt API keys: 32 lower-case hex, found only where ScrapingAnt's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.scrapingant.com/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'scrapingant-api-key',
  provider: 'scrapingant',
  names: ['scrapingant', 'scraping_ant'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.scrapingant.com/', rotate: 'https://app.scrapingant.com/dashboard' },
});
