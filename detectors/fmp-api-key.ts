import { defineNamedDetector } from './lib/named.js';

// Financial Modeling Prep API keys: 32 letters and digits, found only where Financial Modeling Prep's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: https://site.financialmodelingprep.com/developer/docs does not state the length or alphabet; the shape is the one keys are issued in.
export default defineNamedDetector({
  id: 'fmp-api-key',
  provider: 'fmp',
  names: ['financialmodelingprep', 'financial_modeling_prep', 'fmp_api'],
  value: { alphabet: 'alnum', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://site.financialmodelingprep.com/developer/docs', rotate: 'https://site.financialmodelingprep.com/developer/docs/dashboard' },
});
