// Credentials with no prefix of their own (32 hex, 40 alphanumerics, a UUID…) are only a provider's where the
// provider's name names them: `MAILGUN_API_KEY=…`, `algolia_admin_key: …`, `"apilayer_token": "…"`,
// `acme-cli --token …`, an MCP server's `args`, `env` or `headers`. One file per provider declares its name
// keywords and its documented value shape (length, alphabet), and gets its own credential type, provider id,
// docs and examples; the syntax is read once, by detectors/lib/assignment.ts, and randomness is measured
// (entropy against the alphabet's, character classes, counting runs, dictionary runs), never looked up in a word list.
import { type Detector, defineDetector, type MatchInput } from '../../src/detect/define.js';
import * as fake from '../../src/detect/fake.js';
import { entropy } from '../../src/detect/placeholder.js';
import { decodesToText, hasCountingRun, looksLikeWords, marksExamples, namePhrase, nameWords, PHRASE_REACH, typedSample } from './assignment.js';

// The alphabets documented formats use; `uuid` is the 8-4-4-4-12 hex form, `jwt` a signed JSON Web Token.
const ALPHABETS = {
  hex: { chars: '0123456789abcdef', cls: 'a-f0-9' },
  'upper-hex': { chars: '0123456789ABCDEF', cls: 'A-F0-9' },
  'any-hex': { chars: '0123456789abcdefABCDEF', cls: 'a-fA-F0-9' },
  alnum: { chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789', cls: 'A-Za-z0-9' },
  'lower-alnum': { chars: 'abcdefghijklmnopqrstuvwxyz0123456789', cls: 'a-z0-9' },
  'upper-alnum': { chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789', cls: 'A-Z0-9' },
  base64url: { chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_', cls: 'A-Za-z0-9_\\-' },
  base64: { chars: 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/', cls: 'A-Za-z0-9+/' },
  uuid: { chars: '0123456789abcdef', cls: '' },
  // Three dot-separated base64url parts whose first decodes to a JSON header with `alg` (RFC 7519): keys some providers issue as JWTs.
  jwt: { chars: '', cls: '' },
  digits: { chars: '0123456789', cls: '0-9' },
} as const;
export type Alphabet = keyof typeof ALPHABETS;

export interface ValueShape {
  alphabet: Alphabet;
  /** An exact length, or the documented range. Ignored for `uuid` and `jwt`. */
  length?: number | [number, number];
  /** A literal the value starts with (part of the documented shape, e.g. Okta's `00`). */
  prefix?: string;
}

export interface NamedSpec {
  /** kebab-case, equals the file name: `<provider>-<kind>`. */
  id: string;
  provider: string;
  /** Default `api-key`. */
  tokenKind?: string;
  /**
   * The provider's name as it appears in variable, key, flag and package names, lower-case; `_` marks where a
   * separator may or may not stand (`new_relic` is `NEW_RELIC`, `new-relic`, `NewRelic`, `newrelic`). Each
   * spelling is a prefilter keyword, so each name must be distinctive. A name counts at a word start (after a
   * non-letter, or at a camelCase hump), never inside a word.
   */
  names: string[];
  value: ValueShape;
  /** Words after the name that make the value something else of the provider's (Algolia's public `search` key). */
  notWords?: string[];
  /** What the provider's docs do not say about the shape: the verdict says the shape was inferred. */
  unconfirmed?: string;
  /** Non-secret facts read beside the value in the same text (the customer's own host, detectors/lib/tenant-host.ts). */
  beside?: (input: MatchInput) => Record<string, string> | undefined;
  docs: { url: string; rotate: string };
}

// Words after the provider's name that name a non-secret: an id, a place, a person, a public half.
const NOT_SECRET = new Set([
  'id',
  'ids',
  'url',
  'uri',
  'urls',
  'host',
  'hostname',
  'domain',
  'endpoint',
  'region',
  'site',
  'server',
  'port',
  'path',
  'user',
  'username',
  'login',
  'email',
  'account',
  'org',
  'organization',
  'project',
  'team',
  'workspace',
  'tenant',
  'name',
  'public',
  'publishable',
  'pub',
  'version',
  'env',
  'environment',
  'dir',
  'file',
  'sdk',
  'hash',
  'sha',
  'checksum',
  'integrity',
  'image',
  'tag',
  'commit',
  'build',
  'release',
  'channel',
  'list',
  'template',
  'model',
  'uuid',
  'guid',
  'number',
  'count',
]);

/** The smallest common token alphabet that holds every character of `core`: what a random draw of it would have used. */
// Words that say a value is a secret, after the provider's name.
const SECRET_WORDS = new Set([
  'key',
  'keys',
  'apikey',
  'token',
  'secret',
  'secrets',
  'password',
  'pass',
  'passwd',
  'pwd',
  'auth',
  'access',
  'private',
  'credential',
  'credentials',
  'bearer',
  'license',
  'sk',
  'pat',
  'signing',
  'secretkey',
  'accesskey',
  'privatekey',
  'authtoken',
  'accesstoken',
  // Written as one lower-case word (`finicity-clientsecret`, `acme.apitoken`): the same names as their parts.
  'clientsecret',
  'apisecret',
  'apitoken',
  'appsecret',
  'appkey',
  'authkey',
  'masterkey',
  'secrettoken',
  'privatetoken',
  'consumersecret',
  'secretaccesskey',
]);

function alphabetOf(core: string): number {
  if (/^[0-9]*$/.test(core)) return 10;
  if (/^[0-9a-f]*$/.test(core) || /^[0-9A-F]*$/.test(core)) return 16;
  if (/^[0-9a-z]*$/.test(core) || /^[0-9A-Z]*$/.test(core)) return 36;
  if (/^[0-9A-Za-z]*$/.test(core)) return 62;
  return 64;
}

/** The longest value of the shape, and a character either side that its look-arounds read (see `Detector.near`). */
function valueReach(v: ValueShape): number {
  if (v.alphabet === 'uuid') return (v.prefix ?? '').length + 36 + 2;
  if (v.alphabet === 'jwt') return 3 + 2000 + 1 + 4000 + 1 + 1000 + 2;
  const max = typeof v.length === 'number' ? v.length : (v.length ?? [20, 64])[1];
  return max + (v.alphabet === 'base64' ? 2 : 0) + 2;
}

/** The value pattern: the shape, bounded so it is not part of a longer run of the same alphabet. */
function valuePattern(v: ValueShape): RegExp {
  const prefix = (v.prefix ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  // A value may be glued to its name by a hyphen after a letter (`acmeKEY-V`, `acme-secret-V`): only where the
  // alphabet has no hyphen of its own, so the join cannot be read as part of the value; namedBy then wants a secret word.
  const joined = '(?<![^A-Za-z]-)(?<!^-)';
  if (v.alphabet === 'jwt') return /(?<![A-Za-z0-9_.-])(eyJ[A-Za-z0-9_-]{8,2000}\.[A-Za-z0-9_-]{8,4000}\.[A-Za-z0-9_-]{16,1000})(?![A-Za-z0-9_.=-])/g;
  if (v.alphabet === 'uuid') return new RegExp(`(?<![A-Za-z0-9_])${joined}(${prefix}[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})(?![A-Za-z0-9_-])`, 'g');
  const { cls } = ALPHABETS[v.alphabet];
  const [min, max] = typeof v.length === 'number' ? [v.length, v.length] : (v.length ?? [20, 64]);
  const n = min === max ? `{${min - prefix.length}}` : `{${min - prefix.length},${max - prefix.length}}`;
  const edge = v.alphabet === 'base64' ? 'A-Za-z0-9_+/' : 'A-Za-z0-9_';
  const pad = v.alphabet === 'base64' ? '={0,2}' : '';
  const start = v.alphabet === 'base64url' ? `(?<![${edge}-])` : `(?<![${edge}])${joined}`;
  return new RegExp(`${start}(${prefix}[${cls}]${n}${pad})(?![${edge}=-])`, 'g');
}

/** The names, a separator optional where a name has `_`: `new_relic` → `new[_ .-]?relic`. */
function nameRegex(names: string[]): RegExp {
  return new RegExp(names.map((n) => n.split('_').join('[_ .-]?')).join('|'), 'gi');
}

/** Every spelling of the names the prefilter must see: `new_relic` → new_relic, new-relic, newrelic, `new relic`, new.relic. */
function spellings(names: string[]): string[] {
  return [...new Set(names.flatMap((n) => ['_', '-', '', ' ', '.'].map((sep) => n.replace(/_/g, sep))))];
}

/** The text after the provider's name in the phrase that names the value, or undefined when the name is not there at a word start. */
function tailAfterName(phrase: string, names: RegExp): string | undefined {
  let tail: string | undefined;
  const re = new RegExp(names.source, 'gi');
  for (let m = re.exec(phrase); m; m = re.exec(phrase)) {
    const prev = phrase[m.index - 1] ?? '';
    const first = phrase[m.index];
    // A word start: after a non-letter, or a camelCase hump (`myMailgunKey`), never inside a word (`checkbox`).
    if (/[A-Za-z0-9]/.test(prev) && !(/[a-z0-9]/.test(prev) && /[A-Z]/.test(first))) {
      // Another name may start inside this one (`npx rapidapi`): look again from the next character.
      re.lastIndex = m.index + 1;
      continue;
    }
    tail = phrase.slice(m.index + m[0].length);
  }
  return tail;
}

/**
 * Words in a value of one letter case (`PASSWORDFORTEST`, `correcthorsebattery`): letter runs of four or more that
 * hold vowels at the rate words do and no cluster of four consonants cover most of it. A random draw from 26 letters
 * has a vowel one time in five and long consonant clusters; capitals alone say nothing, unlike in mixed case.
 */
export function singleCaseWords(core: string): boolean {
  const runs = core.toLowerCase().match(/[a-z]{4,}/g) ?? [];
  const wordy = runs.filter((r) => (r.match(/[aeiouy]/g)?.length ?? 0) >= r.length * 0.3 && !/[^aeiouy]{4}/.test(r));
  return wordy.reduce((n, r) => n + r.length, 0) >= core.length * 0.6;
}

/**
 * Random-looking for its alphabet: letters and digits both present, no dictionary or counting runs, and entropy
 * near what a random draw of its length from its alphabet carries (log2 of the characters such a draw would
 * hold distinct: k(1 - (1 - 1/k)^n) for n characters of k).
 */
export function randomForShape(value: string, v: ValueShape): boolean {
  if (v.alphabet === 'jwt') return signedJwt(value);
  const core = value.slice(v.prefix?.length ?? 0).replace(/[-=]/g, '');
  if (v.alphabet !== 'digits' && core.length >= 16 && !(/[0-9]/.test(core) && /[A-Za-z]/.test(core))) return false;
  const mixedCase = /[a-z]/.test(core) && /[A-Z]/.test(core);
  if ((mixedCase ? looksLikeWords(core) : singleCaseWords(core)) || hasCountingRun(core)) return false;
  if (v.alphabet === 'base64' && decodesToText(value)) return false;
  const k = alphabetOf(core);
  const distinct = k * (1 - (1 - 1 / k) ** core.length);
  return entropy(core) >= Math.log2(distinct) * 0.75;
}

/** A JWT whose header is JSON naming its algorithm and whose signature looks drawn, not typed. */
function signedJwt(value: string): boolean {
  const [header, , signature] = value.split('.');
  try {
    const h: unknown = JSON.parse(Buffer.from(header, 'base64url').toString('utf8'));
    if (typeof h !== 'object' || h === null || typeof (h as { alg?: unknown }).alg !== 'string') return false;
  } catch {
    return false;
  }
  return entropy(signature) >= 3.5 && !hasCountingRun(signature);
}

/**
 * `secret` for a random-looking value of the shape; `sample` for one a person typed (`abcdef1234567890…`,
 * src/detect/placeholder.ts), 20 characters or more: under the provider's name it is reported as a likely sample, as
 * a lazy real key can be that, and never sent; undefined otherwise.
 */
function verdict(secret: string, v: ValueShape, input: MatchInput): 'secret' | 'sample' | undefined {
  if (!input.typed && randomForShape(secret, v)) return 'secret';
  const core = secret.slice(v.prefix?.length ?? 0);
  // A random draw with a typed run pasted in (`…tmnZ1234567890`) is neither: the run says a person made it up.
  return core.length >= 20 && typedSample(core) ? 'sample' : undefined;
}

/** Whether the value at `input` is named by one of the provider's names, with nothing after the name that makes it a non-secret. */
export function namedBy(input: MatchInput, names: RegExp, notWords: Set<string>): boolean {
  let tail = tailAfterName(namePhrase(input), names);
  if (tail === undefined || tail.length > 48) return false;
  // On a command line the flag names the value: `acme-cli login --token V` is a token, whatever `login` says.
  if (tail.includes('--')) tail = tail.slice(tail.lastIndexOf('--'));
  const words = nameWords(tail);
  if (words.length > 6 || words.some((w) => NOT_SECRET.has(w) || notWords.has(w))) return false;
  // Glued by a hyphen (`acmeKEY-V`, `acme-secret-V`): the word just before must say secret, not be a segment of a
  // dashed value or an id.
  if (input.text[input.index - 1] === '-') return words.length > 0 && SECRET_WORDS.has(words[words.length - 1]);
  // The provider's name alone (`dareboost=…`), or words that say secret after it (`_API_KEY`, ` private token`,
  // `--access-token`): `codecov -f coverage.json -t …` names a file and a one-letter flag, not a secret.
  return words.length === 0 || words.some((w) => SECRET_WORDS.has(w));
}

function sample(v: ValueShape): string {
  if (v.alphabet === 'uuid') return fake.uuid();
  if (v.alphabet === 'jwt') return fake.jwt({ sub: fake.alnum(12), iat: 1700000000 });
  // A random draw can hold a word-like or counting run the check refuses (a real key can too: a known miss); the
  // examples stand for keys the check accepts, whatever the seed after detectors are added or removed.
  for (let i = 0; i < 50; i++) {
    const s = draw(v);
    if (randomForShape(s, v)) return s;
  }
  return draw(v);
}

function draw(v: ValueShape): string {
  const [min, max] = typeof v.length === 'number' ? [v.length, v.length] : (v.length ?? [20, 64]);
  const n = Math.round((min + max) / 2) - (v.prefix?.length ?? 0);
  const { chars } = ALPHABETS[v.alphabet];
  const s = fake.from(chars, n);
  return (v.prefix ?? '') + (v.alphabet === 'digits' ? s : fixClasses(s, chars));
}

/** Puts a digit and a letter of the alphabet into a drawn value, so its examples never depend on the seed's luck. */
function fixClasses(s: string, chars: string): string {
  const letters = chars.replace(/[^A-Za-z]/g, '');
  return fake.from('0123456789', 1) + fake.from(letters, 1) + s.slice(2);
}

/** A value of the wrong length for the shape: the near miss every provider's examples carry. */
function nearMiss(v: ValueShape): string {
  if (v.alphabet === 'uuid') return fake.hex(32);
  if (v.alphabet === 'jwt')
    return fake
      .jwt({ sub: fake.alnum(12) })
      .split('.')
      .slice(0, 2)
      .join('.');
  const max = typeof v.length === 'number' ? v.length : (v.length ?? [20, 64])[1];
  return (v.prefix ?? '') + fixClasses(fake.from(ALPHABETS[v.alphabet].chars, max + 6 - (v.prefix?.length ?? 0)), ALPHABETS[v.alphabet].chars);
}

export function defineNamedDetector(spec: NamedSpec): Detector {
  const names = nameRegex(spec.names);
  const notWords = new Set(spec.notWords ?? []);
  const env = spec.names[0].toUpperCase();
  const slug = spec.names[0].replace(/_/g, '-');
  const camel = spec.names[0].replace(/_([a-z0-9])/g, (_, c: string) => c.toUpperCase());
  return defineDetector({
    id: spec.id,
    provider: spec.provider,
    tokenKind: spec.tokenKind ?? 'api-key',
    keywords: spellings(spec.names),
    pattern: valuePattern(spec.value),
    check: (secret, input) => verdict(secret, spec.value, input) !== undefined && namedBy(input, names, notWords) && !marksExamples(input.text),
    // `namedBy` finds a name (each spelling a keyword) in the phrase before the value, which starts at most
    // PHRASE_REACH characters back; the value pattern's look-arounds refuse its own characters (a prefix of letters and
    // digits too), so no match starts inside another.
    ...(/^[A-Za-z0-9]*$/.test(spec.value.prefix ?? '') ? { near: { from: 0, to: PHRASE_REACH, reach: valueReach(spec.value) } } : {}),
    enrich: (secret, input) => {
      const sampled = verdict(secret, spec.value, input) === 'sample';
      const facts = { ...(spec.unconfirmed ? { shape: 'unconfirmed' } : {}), ...(sampled ? { sample: 'likely' } : {}), ...spec.beside?.(input) };
      return Object.keys(facts).length ? { facts } : {};
    },
    redaction: { kind: 'prefix', prefix: new RegExp(`^${(spec.value.prefix ?? '').replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}`) },
    // The name decides the provider: a detector that knows the token by its own prefix wins the span.
    precedence: 'general',
    samples: true,
    docs: spec.docs,
    examples: () => ({
      positive: [
        { text: (t) => `${env}_API_KEY=${t}`, secret: sample(spec.value), variable: `${env}_API_KEY` },
        { text: (t) => `{"mcpServers":{"${slug}":{"command":"npx","args":["-y","${slug}-mcp","--api-key","${t}"]}}}`, secret: sample(spec.value), path: '.mcp.json' },
        { text: (t) => `npx ${slug}-cli login --token ${t}\n`, secret: sample(spec.value), path: 'setup.sh' },
        { text: (t) => `<settings><${camel}Secret>${t}</${camel}Secret></settings>`, secret: sample(spec.value), path: 'settings.xml' },
        // A Terraform variable's default, named by the variable a line or two up.
        { text: (t) => `variable "${spec.names[0]}_api_key" {\n  type      = string\n  default   = "${t}"\n}\n`, secret: sample(spec.value), path: 'variables.tf' },
        ...(spec.value.alphabet === 'base64url' || spec.value.alphabet === 'jwt' ? [] : [{ text: (t: string) => `${camel}KEY-${t}\n`, secret: sample(spec.value), path: 'notes.txt' }]),
        // Glued by a dash (`acme secret-key-VALUE`); a URL-safe alphabet holds the dash, so the run would start at `key-`.
        ...(spec.value.alphabet === 'base64url' || spec.value.alphabet === 'jwt' ? [] : [{ text: (t: string) => `${slug} secret-key-${t}\n`, secret: sample(spec.value), path: 'notes.txt' }]),
      ],
      negative: [
        { text: `${env}_ACCOUNT_ID=${sample(spec.value)}`, why: 'the name says an id, not a secret' },
        { text: `OTHER_SERVICE_API_KEY=${sample(spec.value)}`, why: 'no name of the provider before the value' },
        { text: `${slug}-${sample(spec.value)}`, why: 'glued to the name by a hyphen with no word that says secret' },
        { text: `${env}_API_KEY=${nearMiss(spec.value)}`, why: 'near miss: not the documented length' },
        { text: `${env}_API_KEY=${spec.value.alphabet === 'digits' ? '1234512345' : 'a1b2c3d4e5'}${'0'.repeat(30)}`, why: 'not random: a run of one character' },
      ],
    }),
  });
}
