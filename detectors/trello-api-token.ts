import { defineNamedDetector } from './lib/named.js';

// Trello API tokens: 64 lower-case hex, found only where Trello's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'trello-api-token',
  provider: 'trello',
  tokenKind: 'api-token',
  names: ['trello'],
  value: { alphabet: 'hex', length: 64 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.atlassian.com/cloud/trello/guides/rest-api/authorization/', rotate: 'https://trello.com/power-ups/admin' },
});
