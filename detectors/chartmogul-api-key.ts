import { defineNamedDetector } from './lib/named.js';

// ChartMogul API keys: 20–64 alphanumerics, found only where ChartMogul's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://dev.chartmogul.com/docs/authentication does not state the length or alphabet; the shape is assumed, so a verdict resting on it is inferred.
export default defineNamedDetector({
  id: 'chartmogul-api-key',
  provider: 'chartmogul',
  names: ['chartmogul'],
  value: { alphabet: 'alnum', length: [20, 64] },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://dev.chartmogul.com/docs/authentication', rotate: 'https://app.chartmogul.com/#/admin/api' },
});
