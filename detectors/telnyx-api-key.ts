import { defineNamedDetector } from './lib/named.js';

// Telnyx API V2 keys open KEY (the CLI docs write them KEY_xxxxxxxxxxxxx,
// https://developers.telnyx.com/development/cli/legacy/authentication); the URL-safe body of 40 to 80 characters in all
// is observed (UNCONFIRMED), so they are found only where Telnyx's name names the value (detectors/lib/named.ts).
// A key "provide[s] access to all Telnyx resources associated with your account"
// (https://developers.telnyx.com/development/api-fundamentals/authentication): numbers, messaging, calls, storage.
export default defineNamedDetector({
  id: 'telnyx-api-key',
  provider: 'telnyx',
  names: ['telnyx'],
  value: { alphabet: 'base64url', length: [40, 80], prefix: 'KEY' },
  unconfirmed: 'the docs show the KEY prefix, not the length or alphabet after it',
  docs: { url: 'https://developers.telnyx.com/development/api-fundamentals/authentication', rotate: 'https://portal.telnyx.com/#/app/api-keys' },
});
