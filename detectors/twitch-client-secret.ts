import { defineNamedDetector } from './lib/named.js';

// Twitch client secrets: 30 lower-case letters and digits, found only where Twitch's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://dev.twitch.tv/docs/authentication/register-app/ does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'twitch-client-secret',
  provider: 'twitch',
  tokenKind: 'client-secret',
  names: ['twitch'],
  value: { alphabet: 'lower-alnum', length: 30 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://dev.twitch.tv/docs/authentication/register-app/', rotate: 'https://dev.twitch.tv/console/apps' },
});
