import { defineNamedDetector } from './lib/named.js';

// Instabot API keys: 20–100 base64 characters, found only where Instabot's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://instabot.io/ does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'instabot-api-key',
  provider: 'instabot',
  names: ['instabot'],
  value: { alphabet: 'base64', length: [20, 100] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://instabot.io/', rotate: 'https://app.instabot.io/' },
});
