import { defineNamedDetector } from './lib/named.js';

// PDFShift api keys: 32 hex characters, found only where PDFShift's name names the value (detectors/lib/named.ts).
// UNCONFIRMED: the shape is the one keys are issued in, not a documented grammar; the API is described at https://docs.pdfshift.io/#authentication.
export default defineNamedDetector({
  id: 'pdfshift-api-key',
  provider: 'pdfshift',
  names: ['pdfshift'],
  value: { alphabet: 'hex', length: 32 },
  unconfirmed: 'the docs do not state the length or alphabet',
  docs: { url: 'https://docs.pdfshift.io/#authentication', rotate: 'https://app.pdfshift.io/env/' },
});
