import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// New Relic keys (https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/): a user key (NerdGraph, acts as its
// user: queries data and configures alerts, dashboards, synthetics) reads NRAK- + 27 upper-case alphanumerics; browser
// keys NRJS- + 19 hex; Insights insert keys NRII- + 32, Insights query keys NRIQ- + 32; the older admin keys NRAA- + 27
// hex. The layouts after the prefixes are observed, not documented (UNCONFIRMED). The 40-character license key has no
// prefix and is left to context-based detection (new-relic-license-key); the newer ones ending NRAL seem to carry a
// check digit this tool cannot verify from documentation, so they are not matched by their suffix alone.
const KINDS: Record<string, string> = { NRAK: 'user-api-key', NRJS: 'browser-key', NRII: 'insights-insert-key', NRIQ: 'insights-query-key', NRAA: 'admin-api-key' };

export default defineDetector({
  id: 'new-relic-key',
  provider: 'new-relic',
  tokenKind: 'user-api-key',
  keywords: ['nrak-', 'nrjs-', 'nrii-', 'nriq-', 'nraa-'],
  pattern: /\b(NRAK-[A-Z0-9]{27}|NRJS-[a-f0-9]{19}|NRI[IQ]-[A-Za-z0-9_-]{32}|NRAA-[a-f0-9]{27})(?![A-Za-z0-9_-])/g,
  check: (secret) => /[0-9]/.test(secret.slice(5)) && /[A-Za-z]/.test(secret.slice(5)),
  enrich: (secret) => ({ tokenKind: KINDS[secret.slice(0, 4)] }),
  redaction: { kind: 'prefix', prefix: /^NR(?:AK|JS|II|IQ|AA)-/ },
  docs: { url: 'https://docs.newrelic.com/docs/apis/intro-apis/new-relic-api-keys/', rotate: 'https://one.newrelic.com/launcher/api-keys-ui.api-keys-launcher' },
  examples: () => ({
    positive: [
      { text: (t) => `NEW_RELIC_API_KEY=${t}`, secret: 'NRAK-' + fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27), variable: 'NEW_RELIC_API_KEY' },
      { text: (t) => `{"mcpServers":{"newrelic":{"env":{"NEW_RELIC_API_KEY":"${t}","NEW_RELIC_ACCOUNT_ID":"1234567"}}}}`, secret: 'NRAK-' + fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 27) },
      { text: (t) => `provider "newrelic" {\n  api_key = "${t}"\n}\n`, secret: 'NRII-' + fake.base64url(32) },
      { text: (t) => `{"querykey": "${t}"}`, secret: 'NRIQ-' + fake.base64url(32) },
      { text: (t) => `admin_access: ${t}`, secret: 'NRAA-' + fake.hex(27) },
    ],
    negative: [
      { text: `NEW_RELIC_API_KEY=NRAK-${fake.from('ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', 20)}`, why: 'near miss: 20 characters after the prefix' },
      { text: 'NEW_RELIC_API_KEY=NRAK-' + 'X'.repeat(27), why: 'a placeholder of one repeated character' },
    ],
  }),
});
