import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// vcp_ personal, vci_ integration, vca_ app access, vcr_ app refresh, vck_ API key
// (https://vercel.com/changelog/new-token-formats-and-secret-scanning). The body length is UNCONFIRMED
// (one public vca_ token had 56 alphanumerics), hence 24–128.
const KINDS: Record<string, string> = {
  vcp: 'personal-access-token',
  vci: 'integration-token',
  vca: 'app-access-token',
  vcr: 'app-refresh-token',
  vck: 'api-key',
};

export default defineDetector({
  id: 'vercel-token',
  provider: 'vercel',
  tokenKind: 'personal-access-token',
  keywords: ['vcp_', 'vci_', 'vca_', 'vcr_', 'vck_'],
  pattern: /\b(vc[pciark]_[A-Za-z0-9]{24,128})(?![A-Za-z0-9_])/g,
  enrich: (secret) => ({ tokenKind: KINDS[secret.slice(0, 3)] }),
  redaction: { kind: 'prefix', prefix: /^vc[pciark]_/ },
  docs: { url: 'https://vercel.com/docs/accounts/access-tokens', rotate: 'https://vercel.com/account/settings/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `VERCEL_TOKEN=${t}`, secret: 'vcp_' + fake.alnum(56), variable: 'VERCEL_TOKEN' },
      { text: (t) => `{"env":{"VERCEL_API_KEY":"${t}"}}`, secret: 'vck_' + fake.alnum(56) },
      { text: (t) => `vercel deploy --prod --token ${t}`, secret: 'vca_' + fake.alnum(56) },
    ],
    negative: [
      { text: 'VERCEL_TOKEN=vcp_' + fake.alnum(12), why: 'near miss: 12 characters after the prefix' },
      { text: 'VERCEL_TOKEN=vcx_' + fake.alnum(56), why: 'not one of the five Vercel prefixes' },
    ],
  }),
});
