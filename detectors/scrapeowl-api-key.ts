import { defineNamedDetector } from './lib/named.js';

// ScrapeOwl api keys: 30 lower-alnum characters, found only where ScrapeOwl's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://scrapeowl.com/docs.
export default defineNamedDetector({
  id: 'scrapeowl-api-key',
  provider: 'scrapeowl',
  names: ['scrapeowl'],
  value: { alphabet: 'lower-alnum', length: 30 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://scrapeowl.com/docs', rotate: 'https://app.scrapeowl.com/dashboard' },
});
