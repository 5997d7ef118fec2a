import { defineNamedDetector } from './lib/named.js';

// Splunk HEC tokens: a UUID, found only where Splunk's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'splunk-hec-token',
  provider: 'splunk',
  tokenKind: 'hec-token',
  names: ['splunk_hec', 'splunk_token', 'hec_token'],
  value: { alphabet: 'uuid' },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.splunk.com/Documentation/Splunk/latest/Data/UsetheHTTPEventCollector', rotate: 'Splunk Web: Settings > Data inputs > HTTP Event Collector' },
});
