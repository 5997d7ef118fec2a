import { defineDetector } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { entropy } from '../src/detect/placeholder.js';
import { decodesToText, hasCountingRun, looksLikeWords, marksExamples, nameWords, valueName } from './lib/assignment.js';

// A value assigned to a secret-named variable (*_TOKEN, *_SECRET, *_PASSWORD, *_PASS, *_API_KEY, *_SECRET_KEY,
// SECRET_KEY_BASE, ENCRYPTION_KEY, Laravel's APP_KEY …) that looks random: gitleaks' generic-api-key idea, held
// to a stricter bar because library code is full of `token = …` that holds no secret. The name is read in every
// syntax an agent meets: assignments (env, shell, YAML, JSON, TOML, code), XML elements and .NET `<add key=…
// value=…>`, and command-line flags in MCP `args` (`"--api-key", "VALUE"`, `--access-token=VALUE`). When the
// name starts with a provider's id (`LINEAR_API_KEY`), the finding is that provider's. Specific detectors win
// on the same span.
/** Name tails that make a credential, as lower-case words (split at `_`, `-`, `.` and camelCase humps). */
const SECRET_TAILS: string[][] = [
  ['token'],
  ['secret'],
  ['password'],
  ['passwd'],
  ['pwd'],
  ['pass'],
  ['apikey'],
  ['api', 'key'],
  ['access', 'key'],
  ['private', 'key'],
  ['auth', 'key'],
  ['secret', 'key'],
  ['secretkey'],
  ['client', 'secret'],
  ['credential'],
  ['credentials'],
  // Rails' SECRET_KEY_BASE signs sessions (https://guides.rubyonrails.org/security.html#custom-credentials).
  ['secret', 'key', 'base'],
  ['encryption', 'key'],
  ['encryptionkey'],
  // `Authorization: Bearer …` in an MCP server's `headers`.
  ['authorization'],
];
// Pagination, idempotency and form tokens are not credentials (AWS's NextToken, ClientRequestToken, CSRF).
const NOT_CREDENTIAL =
  /(?:next|page|continuation|request|change|action|term|sync|cancel(?:lation)?|idempotency|csrf|xsrf|pagination|marker|resume|cursor|session_?state|state|verification|confirmation|reset)[_-]?token$/i;
// A UUID's shape, in any letters: `a1b2c3d4-e5f6-g7h8-…` is an id (or an id's stand-in), not a key.
const UUID = /^(?:[a-z]+-){0,3}[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;

/** The words before the secret-naming tail, or undefined when `name` does not end in one. */
function qualifier(words: string[]): string[] | undefined {
  for (const tail of [...SECRET_TAILS].sort((a, b) => b.length - a.length)) {
    if (words.length < tail.length) continue;
    if (tail.every((w, i) => words[words.length - tail.length + i] === w)) return words.slice(0, words.length - tail.length);
  }
  // Laravel's APP_KEY (https://laravel.com/docs/encryption#configuration) — only that exact name: Pusher's app_key is public.
  if (words.join('_') === 'app_key') return [];
  return undefined;
}

/** Candidate provider ids a name's qualifier spells, longest first (`new_relic` → new-relic, newrelic, new, relic). */
function providerCandidates(qual: string[]): string[] {
  const out: string[] = [];
  for (let n = Math.min(3, qual.length); n >= 1; n--) {
    for (let i = 0; i + n <= qual.length; i++) {
      const w = qual.slice(i, i + n);
      out.push(w.join('-'));
      if (n > 1) out.push(w.join(''));
    }
  }
  return out;
}

/** `n` characters: groups of four alphanumerics and a digit, ending in fake.password's symbol and digit. */
function mixedPassword(n: number): string {
  let s = '';
  while (n - s.length > 5) s += fake.alnum(4) + fake.digits(1);
  return s + fake.password(n - s.length);
}

export default defineDetector({
  id: 'generic-secret-assignment',
  provider: 'generic',
  tokenKind: 'secret-assignment',
  keywords: ['token', 'secret', 'pass', 'pwd', 'api_key', 'apikey', 'api-key', 'access_key', 'accesskey', 'private_key', 'auth_key', 'credential', 'encryption', 'app_key', 'authorization'],
  // A name's tail, then how the syntax gives it a value: `--flag VALUE` / `"--flag", "VALUE"` / `--flag=VALUE`,
  // an assignment (`=`, `:`, `:=`, `=>`, optional quotes, an optional `Bearer `), an XML element (`>VALUE<`) or
  // a .NET appSetting (`" value="`). The value is any run of non-space characters inside quotes, or the
  // characters of keys and passwords when bare. The full name is read back by `valueName` (detectors/lib/assignment.ts).
  pattern:
    /(?:token|secret|passw(?:or)?d|pass|pwd|key|key[_-]?base|credentials?|authorization)(?:["'`]?[ \t]{0,5}(?::=|=>|=|:)[ \t]{0,5}["'`]?(?:(?:bearer|token)[ \t]{1,3})?|>|["'][ \t]{1,5}value[ \t]{0,3}=[ \t]{0,3}["']|[ \t]{1,3}["'`]?|["'`][ \t]{0,3},[ \t]{0,3}["'`])(?<secret>(?<=["'`])[^\s"'`\\<>]{16,200}(?=["'`])|(?:base64:)?[A-Za-z0-9_\-+/.~!@#$%^*]{16,200}={0,2}(?=["'`\s,;)}\]<&]|$))/gi,
  check: (secret, input) => {
    const given = valueName(input);
    // A name followed by a space or a comma only gives a value as a command-line flag.
    if (!given.flag && !/[:=>]/.test(input.match[0].slice(0, input.index - input.match.index))) return false;
    const words = nameWords(given.name);
    const qual = qualifier(words);
    if (!qual) return false;
    if (NOT_CREDENTIAL.test(words.join('_'))) return false;
    // Laravel writes its key as `base64:` + 32 random bytes; the bytes are what must look random.
    const value = secret.replace(/^base64:/, '');
    // Inside quotes a value may hold any character (Django's keys use `!@#$%^&*(-_=+)`); bare, a call is code.
    const quoted = /["'`]/.test(input.text[input.index - 1] ?? '');
    if (!quoted && /[(&]/.test(value)) return false;
    // A bare UUID is an id far more often than a key; providers whose keys are UUIDs have detectors with context.
    if (UUID.test(value)) return false;
    if (looksLikeWords(value) || decodesToText(value) || hasCountingRun(value)) return false;
    if (marksExamples(input.text)) return false;
    // Code, not a value: member access, calls, environment lookups, paths, URLs.
    if (/^(?:process\.env|os\.environ|env\.|self\.|this\.|config\.|settings\.|import|require|function|true|false|null|undefined|none)/i.test(value)) return false;
    if (/^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)+$/i.test(value)) return false;
    if (/^[\w$.]+\(.*\)$|:\/\/|^[.~]?\//.test(value)) return false;
    // A path is words between slashes (`/run/secrets/app_key`); base64 key material holds slashes too, between random runs.
    if (value.includes('/') && !/[+=]/.test(value) && /^[\w./-]+$/.test(value) && value.split('/').length > 2 && looksLikeWords(value)) return false;
    // Random-looking: letters and digits, no long word-only runs, entropy floor by length.
    if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return false;
    if (/^[A-Za-z]+[_-]?[0-9]{1,4}$/.test(value)) return false;
    if (/[a-z]{12,}/.test(value) && entropy(value) < 4) return false;
    return entropy(value) >= (value.length >= 32 ? 3.5 : 3.2);
  },
  enrich: (_secret, input) => {
    const qual = qualifier(nameWords(valueName(input).name)) ?? [];
    return qual.length ? { namedProviders: providerCandidates(qual) } : {};
  },
  redaction: { kind: 'none' },
  // A name-based guess: any detector that knows the token's shape wins the span.
  precedence: 'fallback',
  docs: { url: 'https://owasp.org/www-project-top-ten/2017/A3_2017-Sensitive_Data_Exposure', rotate: 'the service that issued the secret' },
  examples: () => ({
    // Passwords with a digit every few characters: a fully random draw is rejected about once in a hundred
    // (a long run of lower-case letters), and the examples must not depend on the seed's luck. Same number of draws.
    positive: [
      { text: (s) => `INTERNAL_API_TOKEN=${s}`, secret: fake.alnum(32), variable: 'INTERNAL_API_TOKEN' },
      { text: (s) => `  webhookSecret: "${s}"`, secret: fake.hex(40) },
      { text: (s) => `DB_PASSWORD='${s}'`, secret: mixedPassword(24), variable: 'DB_PASSWORD' },
      { text: (s) => `DB_PASS=${s}`, secret: mixedPassword(20), variable: 'DB_PASS' },
      { text: (s) => `SECRET_KEY_BASE=${s}`, secret: fake.hex(128), variable: 'SECRET_KEY_BASE' },
      { text: (s) => `ENCRYPTION_KEY=${s}`, secret: fake.base64(44), variable: 'ENCRYPTION_KEY' },
      { text: (s) => `{"args":["-y","acme-mcp","--api-key","${s}"]}`, secret: fake.alnum(40), path: '.mcp.json' },
      { text: (s) => `<config><acmeApiKey>${s}</acmeApiKey></config>`, secret: fake.alnum(30) + fake.from('0123456789', 6), path: 'config.xml' },
    ],
    negative: [
      { text: 'const token = tokenizer.nextTokenFromStream;', why: 'code: member access, not a value' },
      { text: 'CSRF_TOKEN_HEADER_NAME: "x-csrf-token-header-name"', why: 'the name is not secret-named at its end, and the value is words' },
      { text: 'password: "correcthorsebatterystaple"', why: 'no digits: words, not a random secret' },
      { text: `{"args":["--sort-key","${fake.alnum(24)}"]}`, why: 'a flag named key, but not a secret-named key' },
      { text: `PUSHER_APP_KEY=${fake.lowerAlnum(20)}`, why: "only Laravel's exact APP_KEY is a secret; Pusher's app key is public" },
    ],
  }),
});
