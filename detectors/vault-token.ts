import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// HashiCorp Vault tokens carry their type in the prefix: hvs. service, hvb. batch, hvr. recovery
// (https://developer.hashicorp.com/vault/docs/concepts/tokens, "Token prefixes"). Two bodies are issued: 24 base62
// characters where server-side consistent tokens are turned off, and base64url of 90 or more characters for the
// server-side consistent tokens of 1.10+ (batch tokens longer still). Those lengths are read from issued tokens, not a
// documented grammar (UNCONFIRMED); other lengths are not reported. The pre-1.10 s./b./r. forms are too short and
// generic to find without context and are left out.
const KINDS: Record<string, string> = { hvs: 'service-token', hvb: 'batch-token', hvr: 'recovery-token' };

export default defineDetector({
  id: 'vault-token',
  provider: 'vault',
  tokenKind: 'service-token',
  keywords: ['hvs.', 'hvb.', 'hvr.'],
  pattern: /\b(hv[sbr]\.(?:[A-Za-z0-9]{24}|[A-Za-z0-9_-]{90,400}))(?![A-Za-z0-9_-])/g,
  check: (secret) => /[A-Z]/.test(secret) && /[a-z]/.test(secret.slice(4)) && /[0-9]/.test(secret),
  enrich: (secret) => ({ tokenKind: KINDS[secret.slice(0, 3)] }),
  redaction: { kind: 'prefix', prefix: /^hv[sbr]\./ },
  docs: { url: 'https://developer.hashicorp.com/vault/docs/concepts/tokens', rotate: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke' },
  examples: () => ({
    positive: [
      { text: (t) => `VAULT_TOKEN=${t}`, secret: 'hvs.CAESI' + fake.base64url(86), variable: 'VAULT_TOKEN' },
      { text: (t) => `{"mcpServers":{"vault":{"env":{"VAULT_ADDR":"https://vault.acme.example:8200","VAULT_TOKEN":"${t}"}}}}`, secret: 'hvb.AAAAAQ' + fake.base64url(128) },
      { text: (t) => `vault login ${t}`, secret: 'hvs.' + fake.alnum(24) },
    ],
    negative: [
      { text: `VAULT_TOKEN=hvs.${fake.alnum(12)}`, why: 'near miss: 12 characters after the prefix' },
      { text: `VAULT_TOKEN=hvs.${fake.alnum(36)}`, why: 'near miss: 36 characters, neither the 24-character nor the server-side consistent form' },
      { text: 'const total = this.hvs.reduce(sum, 0);', why: 'a property named hvs, not a token' },
    ],
  }),
});
