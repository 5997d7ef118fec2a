import { defineNamedDetector } from './lib/named.js';

// Shortcut API tokens: a UUID, found only where Shortcut's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developer.shortcut.com/api/rest/v3#Authentication does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'shortcut-api-token',
  provider: 'shortcut',
  tokenKind: 'api-token',
  names: ['shortcut_api', 'shortcut_token', 'clubhouse_api'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developer.shortcut.com/api/rest/v3#Authentication', rotate: 'https://app.shortcut.com/settings/account/api-tokens' },
});
