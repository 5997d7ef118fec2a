import { defineNamedDetector } from './lib/named.js';

// ScrapingBee API keys: 80 upper-case letters and digits, found only where ScrapingBee's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://www.scrapingbee.com/documentation/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'scrapingbee-api-key',
  provider: 'scrapingbee',
  names: ['scrapingbee', 'scraping_bee'],
  value: { alphabet: 'upper-alnum', length: 80 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://www.scrapingbee.com/documentation/', rotate: 'https://app.scrapingbee.com/account/manage/api_key' },
});
