import { defineNamedDetector } from './lib/named.js';

// PandaDoc API keys: 40 lower-case hex, found only where PandaDoc's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://developers.pandadoc.com/reference/api-key-authentication-process does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'pandadoc-api-key',
  provider: 'pandadoc',
  names: ['pandadoc'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://developers.pandadoc.com/reference/api-key-authentication-process', rotate: 'https://app.pandadoc.com/a/#/settings/api-dashboard/configuration' },
});
