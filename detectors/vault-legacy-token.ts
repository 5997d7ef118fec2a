import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { before, variableIs } from './lib/context.js';

// Before Vault 1.10 tokens read s. (service), b. (batch) or r. (recovery) then their body: 24 base62 characters, or a
// longer base64url body for namespaced tokens (https://developer.hashicorp.com/vault/docs/concepts/tokens, "Token
// prefixes": the new hvs./hvb./hvr. prefixes replaced these). `s.` plus 24 characters is too short and generic to find
// alone, so the value must be Vault's: a VAULT-named variable or flag, `vault login`, or Vault's name just before it.
// The body lengths are read from issued tokens (UNCONFIRMED). A root token does anything in its Vault.
const VAULT = /vault/i;

export default defineDetector({
  id: 'vault-legacy-token',
  provider: 'vault',
  tokenKind: 'service-token',
  keywords: ['vault'],
  pattern: /(?<![A-Za-z0-9_.-])([sbr]\.(?:[A-Za-z0-9]{24}|[A-Za-z0-9_-]{80,400}))(?![A-Za-z0-9_.-])/g,
  check: (secret, input) => {
    const body = secret.slice(2);
    if (!(/[A-Z]/.test(body) && /[a-z]/.test(body) && /[0-9]/.test(body))) return false;
    return variableIs(input, VAULT) || before(input, VAULT, 60);
  },
  enrich: (secret) => ({ tokenKind: { s: 'service-token', b: 'batch-token', r: 'recovery-token' }[secret[0]] }),
  redaction: { kind: 'prefix', prefix: /^[sbr]\./ },
  docs: { url: 'https://developer.hashicorp.com/vault/docs/concepts/tokens', rotate: 'https://developer.hashicorp.com/vault/docs/commands/token/revoke' },
  examples: () => ({
    positive: [
      { text: (t) => `VAULT_TOKEN=${t}`, secret: `s.${fake.alnum(22)}A1`, variable: 'VAULT_TOKEN' },
      { text: (t) => `vault login ${t}`, secret: `s.${fake.alnum(22)}b2`, path: 'setup.sh' },
      { text: (t) => `{"mcpServers":{"vault":{"env":{"VAULT_ADDR":"https://vault.acme.example:8200","VAULT_TOKEN":"${t}"}}}}`, secret: `b.${fake.alnum(22)}C3` },
    ],
    negative: [
      { text: `VAULT_TOKEN=s.${fake.alnum(12)}`, why: 'near miss: 12 characters' },
      { text: `const total = s.${fake.alnum(22)}A1;`, why: 'no Vault context' },
      { text: 'VAULT_NAMESPACE=s.abcdefghijklmnopqrstuvwx', why: 'not random: no digit or capital' },
    ],
  }),
});
