import { offlineOnly } from './lib/offline-only.js';

// Offline-only: PDFShift credentials are recognised by their documented shape; PDFShift is not asked yet.
export default offlineOnly({
  id: 'pdfshift',
  name: 'PDFShift',
  because: 'a PDFShift api key recognised by its shape; PDFShift is not asked, so what it reaches is unknown',
  remediation:
    'Revoke it and issue a new one (https://app.pdfshift.io/env/), keep the new one in a secret store the agent cannot read, and give the agent a credential of the least privilege PDFShift offers.',
});
