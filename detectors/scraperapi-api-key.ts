import { defineNamedDetector } from './lib/named.js';

// ScraperAPI API keys: 32 lower-case hex, found only where ScraperAPI's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.scraperapi.com/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'scraperapi-api-key',
  provider: 'scraperapi',
  names: ['scraperapi', 'scraper_api'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.scraperapi.com/', rotate: 'https://dashboard.scraperapi.com/' },
});
