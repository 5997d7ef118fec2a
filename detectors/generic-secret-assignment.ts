import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { entropy } from '../src/detect/placeholder.js';

// A value assigned to a secret-named variable (*_TOKEN, *_SECRET, *_PASSWORD, *_API_KEY …) that looks
// random: gitleaks' generic-api-key idea, held to a stricter bar because library code is full of
// `token = …` that holds no secret. Specific detectors win on the same span.
const SECRET_NAME = /(?:^|[_.-])(?:token|secret|secret[_-]?key|passw(?:or)?d|pwd|api[_-]?key|apikey|access[_-]?key|private[_-]?key|auth[_-]?key|client[_-]?secret|credentials?)$/i;
// Pagination, idempotency and form tokens are not credentials (AWS's NextToken, ClientRequestToken, CSRF).
const NOT_CREDENTIAL =
  /(?:next|page|continuation|request|change|action|term|sync|cancel(?:lation)?|idempotency|csrf|xsrf|pagination|marker|resume|cursor|session_?state|state|verification|confirmation|reset)[_-]?token$/i;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const CAMEL_SECRET = /(?:Token|Secret|Password|Passwd|ApiKey|AccessKey|PrivateKey|AuthKey|ClientSecret)$/;

/** Mostly dictionary-like runs (`SomeKindOfPassword123`, `This-is-my-test-99!`): a sample, not a random secret. */
function looksLikeWords(value: string): boolean {
  const tokens = value.split(/[^A-Za-z]+|(?=[A-Z][a-z])/).filter(Boolean);
  const wordy = tokens.filter((t) => t.length >= 2 && /^[A-Z]?[a-z]+$|^[A-Z]{2,}$/.test(t) && /[aeiouyAEIOUY]/.test(t));
  return wordy.reduce((n, t) => n + t.length, 0) >= value.length * 0.5;
}

/** Base64 of readable text (`anotherToken!`): random key material does not decode to printable words. */
function decodesToText(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{12,}={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  return /^[\x20-\x7e]+$/.test(decoded) && /[a-z]{4}/i.test(decoded);
}

export default defineDetector({
  id: 'generic-secret-assignment',
  provider: 'generic',
  tokenKind: 'secret-assignment',
  keywords: ['token', 'secret', 'passw', 'pwd', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'private_key', 'auth_key', 'credential'],
  // The name's tail, an assignment, an optional quote, then the value; the full name is read back by the engine.
  pattern:
    /(?:token|secret|passw(?:or)?d|pwd|api[_-]?key|access[_-]?key|private[_-]?key|auth[_-]?key|credentials?)["'`]?[ \t]{0,5}(?::=|=>|=|:)[ \t]{0,5}["'`]?([A-Za-z0-9_\-+/.~!@#$%^*]{16,200}={0,2})(?=["'`\s,;)}\]]|$)/gi,
  check: (secret, input) => {
    const name = input.variable ?? '';
    if (!SECRET_NAME.test(name) && !CAMEL_SECRET.test(name)) return false;
    if (NOT_CREDENTIAL.test(name)) return false;
    // A bare UUID is an id far more often than a key; providers whose keys are UUIDs have detectors with context.
    if (UUID.test(secret)) return false;
    if (looksLikeWords(secret) || decodesToText(secret)) return false;
    // Code, not a value: member access, calls, environment lookups, paths, URLs.
    if (/^(?:process\.env|os\.environ|env\.|self\.|this\.|config\.|settings\.|import|require|function|true|false|null|undefined|none)/i.test(secret)) return false;
    if (/^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)+$/i.test(secret)) return false;
    if (secret.includes('/') && !/[+=]/.test(secret) && /^[\w./-]+$/.test(secret) && secret.split('/').length > 2) return false;
    // Random-looking: letters and digits, no long word-only runs, entropy floor by length.
    if (!/[0-9]/.test(secret) || !/[A-Za-z]/.test(secret)) return false;
    if (/^[A-Za-z]+[_-]?[0-9]{1,4}$/.test(secret)) return false;
    if (/[a-z]{12,}/.test(secret) && entropy(secret) < 4) return false;
    return entropy(secret) >= (secret.length >= 32 ? 3.5 : 3.2);
  },
  redaction: { kind: 'none' },
  // A name-based guess: any detector that knows the token's shape wins the span.
  precedence: 'fallback',
  docs: { url: 'https://owasp.org/www-project-top-ten/2017/A3_2017-Sensitive_Data_Exposure', rotate: 'the service that issued the secret' },
  examples: () => ({
    positive: [
      { text: (s) => `INTERNAL_API_TOKEN=${s}`, secret: fake.alnum(32), variable: 'INTERNAL_API_TOKEN' },
      { text: (s) => `  webhookSecret: "${s}"`, secret: fake.hex(40) },
      { text: (s) => `DB_PASSWORD='${s}'`, secret: fake.password(24), variable: 'DB_PASSWORD' },
    ],
    negative: [
      { text: 'const token = tokenizer.nextTokenFromStream;', why: 'code: member access, not a value' },
      { text: 'CSRF_TOKEN_HEADER_NAME: "x-csrf-token-header-name"', why: 'the name is not secret-named at its end, and the value is words' },
      { text: 'password: "correcthorsebatterystaple"', why: 'no digits: words, not a random secret' },
    ],
  }),
});
