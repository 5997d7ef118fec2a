import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Doppler publishes each token's format "to assist with secret scanning" (https://docs.doppler.com/docs/Auth-token-formats):
// dp.ct. (CLI), dp.pt. (personal), dp.sa. (service account), dp.said. (service-account identity, short-lived),
// dp.scim., dp.audit. + 40–44 alphanumerics; dp.st. (service token) may carry its config slug before them. CLI and
// personal tokens read and write every project of the account (https://docs.doppler.com/reference/api).
const KINDS: Record<string, string> = {
  ct: 'cli-token',
  pt: 'personal-token',
  st: 'service-token',
  sa: 'service-account-token',
  said: 'service-account-identity-token',
  scim: 'scim-token',
  audit: 'audit-token',
};

export default defineDetector({
  id: 'doppler-token',
  provider: 'doppler',
  tokenKind: 'personal-token',
  keywords: Object.keys(KINDS).map((k) => `dp.${k}.`),
  pattern: /\b(dp\.(?:(?:ct|pt|sa|said|scim|audit)\.|st\.(?:[a-z0-9_-]{2,35}\.)?)[A-Za-z0-9]{40,44})(?![A-Za-z0-9])/g,
  check: (secret) => {
    const body = secret.slice(secret.lastIndexOf('.') + 1);
    return /[A-Z]/.test(body) && /[a-z]/.test(body) && /[0-9]/.test(body);
  },
  enrich: (secret) => ({ tokenKind: KINDS[secret.split('.')[1]] }),
  redaction: { kind: 'prefix', prefix: /^dp\.[a-z]+\.(?:[a-z0-9_-]{2,35}\.)?/ },
  docs: { url: 'https://docs.doppler.com/docs/Auth-token-formats', rotate: 'https://dashboard.doppler.com/workplace/tokens' },
  examples: () => ({
    positive: [
      { text: (t) => `DOPPLER_TOKEN=${t}`, secret: 'dp.st.prd.' + fake.alnum(43), variable: 'DOPPLER_TOKEN' },
      { text: (t) => `{"mcpServers":{"doppler":{"env":{"DOPPLER_TOKEN":"${t}"}}}}`, secret: 'dp.pt.' + fake.alnum(43) },
      { text: (t) => `doppler:\n  token: ${t}\n`, secret: 'dp.sa.' + fake.alnum(44) },
      { text: (t) => `export DOPPLER_TOKEN=${t}`, secret: 'dp.ct.' + fake.alnum(40) },
    ],
    negative: [
      { text: `DOPPLER_TOKEN=dp.pt.${fake.alnum(30)}`, why: 'near miss: 30 characters after the prefix' },
      { text: 'DOPPLER_TOKEN=dp.st.' + 'x'.repeat(43), why: 'a placeholder of one repeated character' },
    ],
  }),
});
