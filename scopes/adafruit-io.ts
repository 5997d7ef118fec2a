import { offlineOnly } from './lib/offline-only.js';

// Offline-only for now: Adafruit IO credentials are recognised by their documented format; this tool does not ask Adafruit IO yet.
export default offlineOnly({
  id: 'adafruit-io',
  name: 'Adafruit IO',
  because: 'an Adafruit IO key: it reads, writes and deletes every feed and dashboard of its account',
  remediation: 'Regenerate the key on io.adafruit.com (My Key > Regenerate Key; the old one stops working) and keep it out of committed sketches (a secrets.h that is ignored).',
});
