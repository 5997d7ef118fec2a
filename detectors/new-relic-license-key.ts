import { defineNamedDetector } from './lib/named.js';

// New Relic license keys: 40 lower-case hex, found only where New Relic's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'new-relic-license-key',
  provider: 'new-relic',
  tokenKind: 'license-key',
  names: ['new_relic', 'nr_license'],
  value: { alphabet: 'hex', length: 40 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/#license-key', rotate: 'https://one.newrelic.com/launcher/api-keys-ui.api-keys-launcher' },
});
