import { defineDetector, lastAnswer, type MatchInput, remembered } from '../src/detect/define.js';
import * as fake from '../src/detect/fake.js';
import { entropy } from '../src/detect/placeholder.js';
import { decodesToText, looksLikeWords, marksExamples, mostlyCounting, namePhrase, nameWords, typedSample, valueName } from './lib/assignment.js';
import { isPasswordName, neverTypedPassword, typedLike, typedPassword } from './lib/password.js';

// A value assigned to a secret-named variable (*_TOKEN, *_SECRET, *_PASSWORD, *_PASS, *_API_KEY, *_SECRET_KEY,
// SECRET_KEY_BASE, ENCRYPTION_KEY, Laravel's APP_KEY …) that looks random: gitleaks' generic-api-key idea, held
// to a stricter bar because library code is full of `token = …` that holds no secret. The name is read in every
// syntax an agent meets: assignments (env, shell, YAML, JSON, TOML, code), XML elements and .NET `<add key=…
// value=…>`, command-line flags in MCP `args` (`"--api-key", "VALUE"`, `--access-token=VALUE`) and Terraform
// variable defaults (`variable "acme_api_token" { default = "VALUE" }`). When the name starts with a provider's id
// (`LINEAR_API_KEY`), the finding is that provider's. Specific detectors win on the same span.
// Under a password's own name (`password`, `DB_PASS`, `AdminPassword`, detectors/lib/password.ts) a value need not
// look random: a password a person typed (`Rrhh1234`, `super$ecret`) is reported as a credential like any other —
// not as a likely sample, which would mark it inferred: a weak password opens the account all the same.
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
  ['privatekey'],
  ['accesskey'],
  ['authkey'],
  ['apitoken'],
  ['authtoken'],
  ['accesstoken'],
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
// What a plain `…_key` is named for when it is not a credential: data structures, ordering, identity, public halves.
const NOT_SECRET_KEY = new Set(
  'activation cache sort primary foreign partition shard sharding routing hash map lookup unique composite index row column field dict object cursor idempotency dedup dedupe ordering order group message event translation i18n locale label config setting settings env meta data schema table entity model record item node parent child next prev previous last first query search type kind name id user public pub publishable site client app storage bucket s3 redis registry react vue list object_key keyboard hot short ssh_public foreign_key translate url path file'.split(
    ' ',
  ),
);
// A UUID's shape, in any letters: `a1b2c3d4-e5f6-g7h8-…` is an id (or an id's stand-in), not a key.
const UUID = /^(?:[a-z]+-){0,3}[0-9a-z]{8}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{4}-[0-9a-z]{12}$/i;
const HEX_UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
// The UUID RFC 4122's readers copy from its best-known illustration (Wikipedia's "Universally unique identifier"
// article), with its last digits changed: a sample.
const EXAMPLE_UUID = /^123e4567-e89b-12d3-a456-42661417/i;
// Words before a secret's name that say whose use it is, not whose product: `session_token`, `user_api_key`.
const NOT_PRODUCT = new Set(
  'session request user device client app application access refresh id auth api my the default test local dev prod production staging old new primary secondary upload download share invite reset trace correlation'.split(
    ' ',
  ),
);

const LONGEST_TAIL_FIRST = [...SECRET_TAILS].sort((a, b) => b.length - a.length);

/** The words before the secret-naming tail, or undefined when `name` does not end in one. */
function qualifier(words: string[]): string[] | undefined {
  for (const tail of LONGEST_TAIL_FIRST) {
    if (words.length < tail.length) continue;
    if (tail.every((w, i) => words[words.length - tail.length + i] === w)) return words.slice(0, words.length - tail.length);
  }
  // Laravel's APP_KEY (https://laravel.com/docs/encryption#configuration) — only that exact name: Pusher's app_key is public.
  if (words.join('_') === 'app_key') return [];
  // `<product>_key` (`MAILERLITE_KEY`, `elastic_key`) names a credential; a key named for what it indexes, orders or
  // identifies (`cache_key`, `sort_key`, `primary_key`, a public or site key) does not.
  if (words.length >= 2 && words[words.length - 1] === 'key' && !NOT_SECRET_KEY.has(words[words.length - 2])) return words.slice(0, -1);
  return undefined;
}

// A qualifier is one of a few in a file: its candidates are worked out once.
const candidatesOf = remembered(256, (key) => candidatesFor(key.split('\0')));
const providerCandidates = (qual: string[]) => candidatesOf(qual.join('\0'));

/** Candidate provider ids a name's qualifier spells, longest first (`new_relic` → new-relic, newrelic, new, relic). */
function candidatesFor(qual: string[]): string[] {
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

/** A JWT none of whose parts holds `-` or opens with a digit: the shape that reads like `a.b.c` member access. */
function dottedJwt(): string {
  for (;;) {
    const t = fake.jwt({ sub: fake.alnum(12), iat: 1700000000 });
    if (/^[A-Za-z_][\w]*\.[A-Za-z_][\w]*\.[A-Za-z_][\w]*$/.test(t)) return t;
  }
}

/** `n` characters: groups of four alphanumerics and a digit, ending in fake.password's symbol and digit. */
function mixedPassword(n: number): string {
  let s = '';
  while (n - s.length > 5) s += fake.alnum(4) + fake.digits(1);
  return s + fake.password(n - s.length);
}

// A run of 16 or more name characters mixing letters and digits: a value, not a word of a name.
const VALUE_LIKE = /^(?=[^0-9]*[0-9])(?=[^A-Za-z]*[A-Za-z])[A-Za-z0-9_.+/=-]{16,}$/;

/**
 * The name a value is given: its syntax's (a flag, an element, an assignment's variable), else — for `NAME VALUE`
 * with only spaces between, as in `.netrc`-like and prose configuration lines — the words before it on its line.
 */
function givenName(input: MatchInput): { name: string; flag?: boolean; terraform?: boolean; spaced?: boolean; direct?: string } {
  const given = valueName(input);
  if (given.flag) return given;
  const between = input.match[0].slice(0, input.index - input.match.index);
  if (/[:=>]/.test(between)) return { ...given, direct: directName(input) };
  return {
    name: namePhrase(input)
      .split(/[\s"'`,]+/)
      .slice(-3)
      // A value earlier on the line (`k1 X9fQ… acme token VALUE`) is no part of the name.
      .filter((word) => !VALUE_LIKE.test(word))
      .join('_'),
    spaced: true,
  };
}

const NAME_CHAR = /[A-Za-z0-9_.-]/;

/**
 * The name the pattern itself read, ending in its secret word: a connection string's `Password` key after its
 * `User ID` key, where the line's first assignment names `ID`: the identifier characters just before the match, and the word it starts with.
 */
function directName(input: MatchInput): string {
  const word = /^[A-Za-z][A-Za-z_-]*/.exec(input.match[0])?.[0] ?? '';
  // The run of name characters just before the match, at most 100.
  const end = input.match.index;
  const floor = Math.max(0, end - 100);
  let from = end;
  while (from > floor && NAME_CHAR.test(input.text[from - 1])) from--;
  return input.text.slice(from, end) + word;
}

/**
 * `secret` when the value is a random-looking secret under a secret-naming name; `sample` when it is under such a
 * name but reads as a typed sample (`abcdef1234567890abcdef…`, `ABCDEFGHIJKLMNOPQRSTUVWXYZ012345`): still reported,
 * since a real key is sometimes that lazy and other scanners report it, but as inferred and never sent to be
 * resolved; undefined when it is not a credential.
 */
function judge(secret: string, given: ReturnType<typeof givenName>, words: string[], qual: string[], input: MatchInput): 'secret' | 'sample' | undefined {
  if (NOT_CREDENTIAL.test(words.join('_'))) return undefined;
  const verdict = judgeRandom(secret, given, qual, input);
  if (verdict || input.typed || !isPasswordName(words) || marksExamples(input.text)) return verdict;
  // A password a person typed: its own bar (detectors/lib/password.ts). `password 'V'` with only spaces between
  // (Gradle's `credentials { password '…' }`, a Ruby call) only when quoted: bare, it is a line of prose.
  const quoted = /["'`]/.test(input.text[input.index - 1] ?? '');
  const between = input.match[0].slice(0, input.index - input.match.index);
  // A list's comma between (`` `*_PASS`, `*_API_KEY` ``) is not a call's space: the next item is not the value.
  if (given.spaced && (!quoted || between.includes(','))) return undefined;
  const spaced = /[ \t](?::=|=>|=)|(?::=|=>|=)[ \t]/.test(between);
  return typedPassword(secret, { quoted, spaced }) ? 'secret' : undefined;
}

/** Three base64url parts whose first decodes to a JSON object with a string `alg`: a JWS in compact form (RFC 7515 §7.1). */
function jwtShape(value: string): boolean {
  const parts = value.split('.');
  if (parts.length !== 3 || !value.startsWith('eyJ') || parts.some((p) => p.length < 8)) return false;
  try {
    const header: unknown = JSON.parse(Buffer.from(parts[0], 'base64url').toString('utf8'));
    return typeof header === 'object' && header !== null && typeof (header as { alg?: unknown }).alg === 'string';
  } catch {
    return false;
  }
}

/** Values are read from 8 characters on for passwords; a key or token shorter than this is not a random draw's. */
const RANDOM_LENGTH = 16;

/** The verdict for a value that must look random (any secret-naming name); see `judge`. */
function judgeRandom(secret: string, given: ReturnType<typeof givenName>, qual: string[], input: MatchInput): 'secret' | 'sample' | undefined {
  if (secret.length < RANDOM_LENGTH) return undefined;
  // Laravel writes its key as `base64:` + 32 random bytes; the bytes are what must look random.
  const value = secret.replace(/^base64:/, '');
  // Inside quotes a value may hold any character (Django's keys use `!@#$%^&*(-_=+)`); bare, a call is code.
  const quoted = /["'`]/.test(input.text[input.index - 1] ?? '');
  if (!quoted && /[(&]/.test(value)) return undefined;
  // A bare UUID is an id far more often than a key — unless a product's secret names it (`NPM_TOKEN`,
  // `opsgenie_api_key`, `jenkinsToken`): npm's legacy tokens, Heroku's and Postmark's keys are UUIDs. A name with no
  // product (`token`, `api_key`, `session_token`) or a spaced phrase leaves it an id.
  if (UUID.test(value)) {
    if (given.spaced || !qual.some((w) => !NOT_PRODUCT.has(w)) || marksExamples(input.text)) return undefined;
    if (EXAMPLE_UUID.test(value) || typedSample(value.replace(/-/g, ''))) return 'sample';
    return HEX_UUID.test(value) ? 'secret' : undefined;
  }
  if (marksExamples(input.text)) return undefined;
  // Code, not a value: member access, calls, environment lookups, paths, URLs.
  if (/^(?:process\.env|os\.environ|env\.|self\.|this\.|config\.|settings\.|import|require|function|true|false|null|undefined|none)/i.test(value)) return undefined;
  // A chain of identifiers is member access (`settings.apiToken`), but a JWT's compact form (RFC 7519 §3.1: three
  // base64url parts, the first a JSON header naming its `alg`) reads the same when no part holds `-` or opens with a
  // digit: it is a bearer token, whichever characters its signature drew.
  if (/^[a-z_$][\w$]*(?:\.[a-z_$][\w$]*)+$/i.test(value) && !jwtShape(value)) return undefined;
  if (/^[\w$.]+\(.*\)$|:\/\/|^[.~]?\//.test(value)) return undefined;
  // A long counting run that fills much of the value is a typed sample (`abcdef1234567890…`, or all digits:
  // `1234567890123…`); one short run inside a random draw (`…3456789P`) is not. Only where the syntax assigns it: a
  // spaced phrase needs a random value.
  if (typedSample(value)) return given.spaced || value.length < 20 ? undefined : 'sample';
  // A random draw with a typed run pasted in (`…tmnZ1234567890`) is neither: the run says a person made it up.
  if (input.typed) return undefined;
  // Letters and digits both: a run of one class is a word, a number or a placeholder.
  if (!/[0-9]/.test(value) || !/[A-Za-z]/.test(value)) return undefined;
  if (looksLikeWords(value) || decodesToText(value)) return undefined;
  // A path is words between slashes (`/run/secrets/app_key`); base64 key material holds slashes too, between random runs.
  if (value.includes('/') && !/[+=]/.test(value) && /^[\w./-]+$/.test(value) && value.split('/').length > 2 && looksLikeWords(value)) return undefined;
  if (/^[A-Za-z]+[_-]?[0-9]{1,4}$/.test(value)) return undefined;
  const bits = entropy(value);
  if (/[a-z]{12,}/.test(value) && bits < 4) return undefined;
  // `NAME VALUE` with only spaces between is read from prose-like lines: a higher bar (longer, more random).
  if (given.spaced) return value.length >= 20 && bits >= 3.5 ? 'secret' : undefined;
  if (bits < (value.length >= 32 ? 3.5 : 3.2)) return undefined;
  // Short typed runs that fill much of it (`abcd1234efgh5678…`): random enough to pass, typed all the same.
  return value.length >= 20 && mostlyCounting(value) ? 'sample' : 'secret';
}

let last: ({ text: string; index: number } & Judged) | undefined;

// How far back from the secret the name and verdict read at most: the syntax's name (200), a Terraform variable's
// block (300), the match's own start (a block's first lines, 180) with the variable (200) or the name (100) before it.
const CONTEXT = 600;
/**
 * What the name said: the qualifier before its secret word, the verdict, and the name itself where the assignment's
 * variable does not say it (a Terraform variable whose `default` holds the value; the key the pattern read in JSON
 * inside a string literal, which names no variable).
 */
interface Judged {
  verdict?: 'secret' | 'sample';
  qual?: string[];
  name?: string;
}

const verdictOf = lastAnswer<Judged>();

/** The pattern's names (its first group spelled out), each followed by what may open its separator (its second group). */
const NAME_STARTS = ['token', 'secret', 'passwd', 'password', 'pass', 'pwd', 'key', 'keybase', 'key_base', 'key-base', 'credential', 'credentials', 'authorization'].flatMap((name) =>
  ['\\', '"', "'", '`', ' ', '\t', ':', '=', '>'].map((c) => name + c),
);

/** The name's qualifier and the value's verdict for the match at `input.index`, kept for the enrich that follows check. */
function judged(secret: string, input: MatchInput): Judged {
  if (last && last.text === input.text && last.index === input.index) return last;
  // Everything the verdict reads lies within CONTEXT characters before the secret, the match, and the text's example
  // marks: the same line repeated down a file, or a pair repeated along one line, is judged once.
  const shape = `${input.typed ? 't' : 'n'}${input.match.index - input.index}\0${secret}\0${input.match[0]}`;
  const context = input.text.slice(Math.max(0, input.index - CONTEXT), input.index);
  last = { text: input.text, index: input.index, ...verdictOf(input.text, shape, context, () => judgeName(secret, input)) };
  return last;
}

function judgeName(secret: string, input: MatchInput): Judged {
  const given = givenName(input);
  let words = nameWords(given.name);
  let qual = qualifier(words);
  // The line's first assignment may name something else (`User ID=` before `Password=` in a connection string).
  let name = given.terraform ? given.name : undefined;
  if (!qual && given.direct) {
    words = nameWords(given.direct);
    qual = qualifier(words);
    // With no variable to show (JSON inside a string literal), the key the pattern read names the value.
    if (input.variable === undefined) name = given.direct;
  }
  return { qual, verdict: qual ? judge(secret, given, words, qual, input) : undefined, ...(qual && name ? { name } : {}) };
}

export default defineDetector({
  id: 'generic-secret-assignment',
  provider: 'generic',
  tokenKind: 'secret-assignment',
  // `<product>_key` and `productKEY=` need a key spelled beside a separator; a bare `key` is in every file.
  keywords: ['token', 'secret', 'pass', 'pwd', 'apikey', 'api-key', '_key', '-key', 'key=', 'key:', 'key"', "key'", 'credential', 'encryption', 'authorization'],
  // A name's tail, then how the syntax gives it a value: `--flag VALUE` / `"--flag", "VALUE"` / `--flag=VALUE`,
  // an assignment (`=`, `:`, `:=`, `=>`, optional quotes, an optional `Bearer `), an XML element (`>VALUE<`) or
  // a .NET appSetting (`" value="`) or a Terraform variable's default (`" {… default = "`). The value is any run
  // of non-space characters inside its own quotes (a backtick inside single quotes is a password's character), or the
  // characters of keys and passwords when bare; a quoted value is never an appSetting's key (`key="DbPassword"
  // value="…"`), so the match that follows, named by it, is not swallowed. Aligned columns may put up to 16 spaces
  // before the operator (`:password       => '…'`) and after it (`apiKey:         "…"` in an aligned object literal). A Java literal inside a Groovy string (Android's
  // `buildConfigField 'String', 'API_KEY', '"…"'`) is read inside its inner quotes. JSON written inside a string
  // literal (`"{\"acmeSecretKey\":\"…\"}"`; issue 12: JSON/YAML string escapes) escapes its quotes: `\"` is read as
  // a quote around the operator and before the value, and a value after `\"` may end at `\"` (a plainly quoted value
  // still ends only at a plain quote). The full name is read back by `valueName` (detectors/lib/assignment.ts).
  pattern:
    /(?:token|secret|passw(?:or)?d|pass|pwd|key|key[_-]?base|credentials?|authorization)(?:(?:\\"|["'`])?[ \t]{0,16}(?::=|=>|=|:)[ \t]{0,16}(?:'"|\\"|["'`])?(?:(?:bearer|token)[ \t]{1,3})?|>|["'][ \t]{1,5}value[ \t]{0,3}=[ \t]{0,3}["']|[ \t]{1,3}["'`]?|["'`][ \t]{0,3},[ \t]{0,3}(?:'"|["'`])|["'][ \t]*\{[^{}]{0,160}?\bdefault[ \t]*=[ \t]*["'])(?<secret>(?<=')(?!")[^\s'\\<>]{8,200}(?=')|(?<=")[^\s"\\<>]{8,200}(?=")|(?<=\\")[^\s"\\<>]{8,200}(?=\\")|(?<=`)[^\s`\\<>]{8,200}(?=`)|(?:base64:)?[A-Za-z0-9_\-+/.~!@#$%^*]{8,200}={0,2}(?=["'`\s,;)}\]<&]|$))(?!["'][ \t]{1,5}value[ \t]{0,3}=)/gi,
  // Every match starts with one of the pattern's names right before the first character of one of its separators
  // (`NAME_STARTS`), and with a Terraform block's first lines (at most 180 characters), its value (at most 210) and
  // look-ahead reads under 420 characters: the pattern is tried where they occur, not at every character — nor at
  // every `key` and `token` of library code (half of the 196,000 the bench tree holds are followed by a letter).
  near: { keywords: NAME_STARTS, from: 0, to: 0, reach: 420 },
  // Most of what this pattern reads in library code is a short identifier (`"input_token": "NextToken"`): too short
  // for a random draw (`RANDOM_LENGTH`) and no password a person typed (`neverTypedPassword`), it is
  // settled before the name is read back, which cost a fifth of a scan's detection on the benchmark tree (issue 14).
  check: (secret, input) => !(secret.length < RANDOM_LENGTH && neverTypedPassword(secret)) && judged(secret, input).verdict !== undefined,
  enrich: (secret, input) => {
    // The engine calls enrich right after check on the same match: the verdict is read back, not worked out again.
    const { verdict, qual = [], name } = judged(secret, input);
    // The finding names the value as its syntax does (`cloudflare_api_token`, not the block's `default`).
    if (name) input.variable = name;
    return {
      ...(qual.length ? { namedProviders: providerCandidates(qual) } : {}),
      ...(verdict === 'sample' ? { facts: { sample: 'likely' } } : {}),
    };
  },
  redaction: { kind: 'none' },
  // A name-based guess: any detector that knows the token's shape wins the span.
  precedence: 'fallback',
  samples: true,
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
      // A product's own `…_KEY`, and `NAME VALUE` with only spaces between.
      { text: (s) => `SENDLYTIC_KEY=${s}`, secret: fake.alnum(32) + fake.digits(4) },
      { text: (s) => `acmecloud token ${s}`, secret: fake.alnum(36) + fake.digits(4) },
      // A typed sample under a secret's name: reported (as inferred, never sent), not dropped.
      { text: (s) => `ACME_API_TOKEN=${s}`, secret: `abcdefgh${fake.alnum(6)}1234567` },
      { text: (s) => `ACME_LICENSE_KEY=${s}`, secret: [...'abcdefghijklmnop'].map((c, i) => c + ((i + 1) % 10)).join('') },
      // A password a person typed, under a password's name: letters and digits, letters around a symbol.
      { text: (s) => `SMTP_PASSWORD=${s}`, secret: typedLike('digits'), variable: 'SMTP_PASSWORD' },
      { text: (s) => `  "password": "${s}",`, secret: typedLike('symbol'), path: 'appsettings.json' },
      { text: (s) => `db_pass := "${s}"`, secret: typedLike('symbol'), path: 'main.go' },
      { text: (s) => `  :password       => '${s}',`, secret: typedLike('digits'), path: 'config/database.rb' },
      { text: (s) => `<appSettings><add key="SmtpUser" value="mailer"/><add key="SmtpPassword" value="${s}"/></appSettings>`, secret: typedLike('symbol'), path: 'web.config' },
      // A Terraform variable's default, named by the variable.
      { text: (s) => `variable "acme_api_token" {\n  type      = string\n  sensitive = true\n  default   = "${s}"\n}`, secret: fake.alnum(36) + fake.digits(4), path: 'variables.tf' },
      { text: (s) => `const config = {\n  region:               "eu-west-1",\n  acmeApiKey:           "${s}",\n};`, secret: fake.hex(32), path: 'config.js' },
      // A JWT whose parts read like member access (`eyJ….eyJ….Abc…`).
      { text: (s) => `ACME_SESSION_TOKEN=${s}`, secret: dottedJwt(), variable: 'ACME_SESSION_TOKEN' },
      // JSON inside a string literal: its quotes escaped.
      { text: (s) => `const body = "{\\"acmeSecretKey\\":\\"${s}\\"}";`, secret: fake.base64(40), path: 'client.js' },
      { text: (s) => `payload = "{\\"name\\": \\"svc\\", \\"api_key\\": \\"${s}\\"}"`, secret: fake.alnum(32) + fake.digits(4), path: 'client.py' },
    ],
    negative: [
      { text: 'const token = tokenizer.nextTokenFromStream;', why: 'code: member access, not a value' },
      { text: 'CSRF_TOKEN_HEADER_NAME: "x-csrf-token-header-name"', why: 'the name is not secret-named at its end, and the value is words' },
      { text: 'password: "correcthorsebatterystaple"', why: 'no digits: words, not a random secret' },
      { text: `{"args":["--sort-key","${fake.alnum(24)}"]}`, why: 'a flag named key, but not a secret-named key' },
      { text: `PUSHER_APP_KEY=${fake.lowerAlnum(20)}`, why: "only Laravel's exact APP_KEY is a secret; Pusher's app key is public" },
      { text: `cache_key = "${fake.alnum(24)}${fake.digits(4)}"`, why: 'a key named for what it indexes, not a credential' },
      { text: '"ActivationKey": "29AV1-3OFV9-VVIUB-NKT0I-LRO6V"', why: 'a one-time activation code, not a credential' },
      { text: 'the secret token abcd1234abcd1234abcd1234 goes here', why: 'a typed sample in prose, with no assignment' },
      { text: 'password = "Password123"', why: 'the name said back with a number: a stand-in' },
      { text: 'DB_PASSWORD=whiteowls', why: 'one word, no digit or symbol: a stand-in as often as a password' },
      { text: "password = 'open_sesame'", why: 'words joined by a separator' },
      { text: 'password = dbPasswordFromVault', why: 'code: a variable, not a value' },
      { text: `password = ${typedLike('symbol').replace(/[!#%]/, '$')}`, why: 'bare, `$name` is expanded by the shell and dotenv: a variable inside' },
      { text: '"password": "$adminPass"', why: 'a variable reference' },
      { text: 'server->password = "busybox@";', why: "an e-mail address: anonymous FTP's conventional password (RFC 1635)" },
      { text: 'this.addPassword = "#add-password";', why: 'a selector that says the name back, no digit' },
      { text: 'LocalConsolePassword: "PassWordMustBeAtLeast6Chars."', why: 'a phrase about the password' },
      { text: '  KdcAdminPassword: XmlStringMaxLen256;', why: 'a type: bare words glued into an identifier' },
      { text: '"password": "&lt;YOURPASSWORD&gt;"', why: 'an HTML-escaped <placeholder>' },
      { text: 'password: "{password}"', why: 'a format field' },
      { text: `variable "acme_api_token" {\n  default = "${typedLike('symbol')}"\n}`, why: 'a token must look random; only a password may be typed' },
      { text: `const body = "{\\"cache_key\\":\\"${fake.alnum(24)}${fake.digits(4)}\\"}";`, why: 'escaped JSON: a key named for what it indexes, not a credential' },
      { text: 'const body = "{\\"api_key\\":\\"YOUR_API_KEY_HERE\\"}";', why: 'escaped JSON: a placeholder' },
      { text: 'apiToken: session.credentials.accessTokenValue', why: 'code: a chain of member accesses, not a JWT' },
      { text: `"password": "${fake.alnum(10)}\\"${fake.alnum(10)}"`, why: 'an escaped quote inside a plainly quoted value does not end it' },
    ],
  }),
});
