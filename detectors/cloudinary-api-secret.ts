import { defineNamedDetector } from './lib/named.js';

// Cloudinary API secrets: 27 URL-safe base64 characters, found only where Cloudinary's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://cloudinary.com/documentation/how_to_integrate_cloudinary#account_details does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'cloudinary-api-secret',
  provider: 'cloudinary',
  tokenKind: 'api-secret',
  names: ['cloudinary'],
  value: { alphabet: 'base64url', length: 27 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://cloudinary.com/documentation/how_to_integrate_cloudinary#account_details', rotate: 'https://console.cloudinary.com/settings/api-keys' },
});
