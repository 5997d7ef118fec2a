import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';

// Sentry auth tokens carry their kind in the prefix (https://docs.sentry.io/account/auth-tokens/): organization tokens
// are sntrys_ + base64 of a JSON header ({"iat":…,"url":…,"region_url":…,"org":…}) + _ + a 43-character secret, user
// tokens sntryu_ + 64 hex. The header is decoded and must be a JSON object with `iat`; the secret's alphabet and the
// user token's length are observed, not documented (UNCONFIRMED).
function header(b64: string): Record<string, unknown> | undefined {
  try {
    const o = JSON.parse(Buffer.from(b64, 'base64').toString('utf8')) as unknown;
    return o && typeof o === 'object' && !Array.isArray(o) ? (o as Record<string, unknown>) : undefined;
  } catch {
    return undefined;
  }
}

const orgToken = (org: string) =>
  `sntrys_${Buffer.from(JSON.stringify({ iat: 1767225600 + Number(fake.digits(6)), url: 'https://sentry.io', region_url: 'https://us.sentry.io', org }))
    .toString('base64')
    .replace(/=+$/, '')}_${fake.base64(43)}`;

export default defineDetector({
  id: 'sentry-auth-token',
  provider: 'sentry',
  tokenKind: 'org-auth-token',
  keywords: ['sntrys_', 'sntryu_'],
  pattern: /\b(sntrys_eyJ[A-Za-z0-9+/]{20,600}={0,2}_[A-Za-z0-9+/]{43}|sntryu_[a-f0-9]{64})(?![A-Za-z0-9+/=_-])/g,
  check: (secret) => {
    if (secret.startsWith('sntryu_')) return /[a-f]/.test(secret.slice(7)) && /[0-9]/.test(secret.slice(7));
    return typeof header(secret.slice(7, secret.lastIndexOf('_')))?.iat === 'number';
  },
  enrich: (secret) => {
    if (secret.startsWith('sntryu_')) return { tokenKind: 'user-auth-token' };
    const h = header(secret.slice(7, secret.lastIndexOf('_')));
    const url = typeof h?.url === 'string' ? h.url : undefined;
    return url && /^https:\/\/[A-Za-z0-9.-]+\/?$/.test(url) ? { facts: { host: new URL(url).hostname } } : {};
  },
  redaction: { kind: 'prefix', prefix: /^sntry[su]_/ },
  docs: { url: 'https://docs.sentry.io/account/auth-tokens/', rotate: 'https://sentry.io/settings/auth-tokens/' },
  examples: () => ({
    positive: [
      { text: (t) => `SENTRY_AUTH_TOKEN=${t}`, secret: orgToken('acme'), variable: 'SENTRY_AUTH_TOKEN' },
      { text: (t) => `[auth]\ntoken=${t}\n`, secret: 'sntryu_' + fake.hex(64), path: '.sentryclirc' },
      { text: (t) => `{"mcpServers":{"sentry":{"command":"npx","args":["@sentry/mcp-server"],"env":{"SENTRY_ACCESS_TOKEN":"${t}"}}}}`, secret: orgToken('acme-staging') },
    ],
    negative: [
      { text: `SENTRY_AUTH_TOKEN=sntrys_eyJ${fake.base64(60)}_${fake.base64(43)}`, why: 'the header does not decode to a JSON object' },
      { text: `SENTRY_AUTH_TOKEN=sntryu_${fake.hex(40)}`, why: 'near miss: 40 hex characters, not 64' },
    ],
  }),
});
