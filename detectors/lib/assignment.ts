// How a value is named in every syntax an agent meets, read once for every detector that needs the name:
// assignments (env, shell, YAML, JSON, TOML, code), XML elements and .NET `<add key=… value=…>`, headers,
// command-line flags (`--api-key VALUE`, `--api-key=VALUE`, `"--api-key", "VALUE"` in MCP `args`), and the
// Terraform variable defaults (`variable "acme_api_token" { default = "…" }`), the
// words before a value on its line (`acme-cli login --token VALUE`, `"args": ["-y", "acme-mcp", "--api-key", …]`).
// Also the measured tests of a value's randomness that the name-based detectors share.
import { lineStartNear, type MatchInput, runsBack } from '../../src/detect/define.js';

// Counting runs and typed samples are judged where placeholders are (src/detect/placeholder.ts): the engine asks too.
export { hasCountingRun, mostlyCounting, typedSample } from '../../src/detect/placeholder.js';

/** `DB_PASS`, `stripeSecretKey`, `x-api-key` → lower-case words. */
export function nameWords(name: string): string[] {
  return name
    .replace(/([a-z0-9])([A-Z])/g, '$1_$2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter(Boolean);
}

const SCHEME_END = /(?:bearer|token)[ \t]+$/i;

// A Terraform input variable's default (https://developer.hashicorp.com/terraform/language/values/variables): the
// variable's name names the value, `default` only says which of its arguments holds it. The block's first lines
// (`type`, `sensitive`, a short `description`) may stand between, up to 160 characters.
const TERRAFORM_DEFAULT = /\bvariable[ \t]+"([A-Za-z_][\w-]{0,99})"[ \t]*\{[^{}]{0,160}?\bdefault[ \t]*=[ \t]*"?$/;

/** The name of the Terraform variable whose `default` the value at `index` is, if it is one. */
export function terraformVariable(text: string, index: number): string | undefined {
  const before = text.slice(Math.max(0, index - 300), index);
  // Settled without a regex when no `default` is in reach (the usual case, once per match).
  if (!before.includes('default') || !/\bdefault[ \t]*=[ \t]*"?$/.test(before)) return undefined;
  return TERRAFORM_DEFAULT.exec(before)?.[1];
}

/** The name a value is given in its syntax: a flag, an XML element, a .NET appSetting, a header, else the assignment's variable. */
export function valueName(input: MatchInput): { name: string; flag?: boolean; terraform?: boolean } {
  const before = input.text.slice(Math.max(0, input.index - 200), input.index);
  // Each form is tried only when the text before ends as it must (a regex anchored at the end still tries every start).
  const last = before.charCodeAt(before.length - 1);
  const quote = last === 34 || last === 39 || last === 96;
  const flag = (quote || last === 61 || last === 32 || last === 9 || last === 44) && before.includes('--') ? /--([A-Za-z][A-Za-z0-9-]*)(?:=|[ \t]+|["'`][ \t]*,[ \t]*)["'`]?$/.exec(before) : null;
  if (flag) return { name: flag[1], flag: true };
  const variable = terraformVariable(input.text, input.index);
  if (variable) return { name: variable, terraform: true };
  const element = last === 62 ? /<([A-Za-z_][\w.:-]*)(?:[ \t][^<>]*)?>$/.exec(before) : null;
  if (element) return { name: element[1] };
  const setting = last === 34 || last === 39 ? /\bkey[ \t]*=[ \t]*["']([^"']{1,100})["'][ \t]+value[ \t]*=[ \t]*["']$/i.exec(before) : null;
  if (setting) return { name: setting[1] };
  // Tried from every start of a name, so only when the text before ends in the scheme word at all.
  // Name, operator and scheme word are at most three runs of characters that are neither spaces nor quotes.
  // The scheme word is read from the end (an end-anchored regex over the whole look-back tries every start).
  let word = before.length;
  while (word > 0 && (before.charCodeAt(word - 1) === 32 || before.charCodeAt(word - 1) === 9)) word--;
  const tail = word < before.length && SCHEME_END.test(before.slice(Math.max(0, word - 6))) ? before.slice(runsBack(before, 0, before.length, 3)) : '';
  const bearer = tail.includes(':') || tail.includes('=') ? /([A-Za-z][\w-]*)["'`]?[ \t]*[:=][ \t]*["'`]?(?:bearer|token)[ \t]+$/i.exec(tail) : null;
  if (bearer) return { name: bearer[1] };
  return { name: input.variable ?? '' };
}

// What separates a name from its value, stripped from the end of the phrase: an `Authorization` scheme word after
// `:` or `=`, then quotes, `=`, `:`, `>`, `,`, `-` and spaces.
const SCHEME = /([:=][ \t]*["'`]?)(?:bearer|basic|token)[ \t]+$/i;
const SEPARATOR = /[\s"'`:=>,-]+$/;
// Where the phrase naming a value starts: after the last bracket, statement end, or an earlier `key:`/`key=`
// (so `{"MAILGUN_DOMAIN": "mg…", "OTHER_KEY": "…"}` does not lend its first name to the second value).
const PHRASE_START = /[;{}()[\]<|&:=]/g;

/** How far back from a value `namePhrase` reads: a name that names the value starts at most this far before it. */
export const PHRASE_REACH = 160;

/**
 * The words that name the value at `input.index` on its own line, separators stripped (at most 80 characters):
 * `MAILGUN_API_KEY`, `"-y","acme-mcp","--api-key`, `acme-cli login --token`, `//api.acme.com/v1/me?access_token`.
 */
export function namePhrase(input: MatchInput): string {
  // A Terraform default is named by its variable, a line or two up: read only when it starts within PHRASE_REACH.
  const variable = terraformVariable(input.text, input.index);
  if (variable && input.text.lastIndexOf(`"${variable}"`, input.index) >= input.index - PHRASE_REACH) return variable;
  // The line's start, looked for no further back than the phrase reaches (an unbounded search is quadratic on one long line).
  const before = input.text
    .slice(lineStartNear(input.text, input.index, PHRASE_REACH), input.index)
    .replace(SCHEME, '$1')
    .replace(SEPARATOR, '');
  let start = 0;
  for (const m of before.matchAll(PHRASE_START)) start = m.index + 1;
  return before.slice(Math.max(start, before.length - 80));
}

/**
 * Mostly dictionary-like runs (`SomeKindOfPassword123`, `This-is-my-test-99!`): a sample, not a random secret.
 * Measured on the value's own shape: runs of three or more letters in one case (or Title case) with a vowel,
 * and two-letter lower-case runs set apart by separators, cover most of it. A random mixed-case value splits
 * into short capitalised fragments (`Hva`, `Du`, `Tm`) that cover far less.
 */
export function looksLikeWords(value: string): boolean {
  // Digits scattered between letters (`yfi45upwc03e6uq6…`) are a random draw's, not a phrase's: a phrase carries
  // its digits as a suffix or a year, once. Without this, lower-case random runs that hold a vowel read as words.
  if ((value.match(/[0-9]+(?=[A-Za-z])/g)?.length ?? 0) >= 3) return false;
  const tokens = value.split(/[^A-Za-z]+|(?=[A-Z][a-z])/).filter(Boolean);
  const wordy = tokens.filter((t) => (t.length >= 3 ? /^[A-Z]?[a-z]+$|^[A-Z]{3,}$/.test(t) : /^[a-z]{2}$/.test(t)) && /[aeiouyAEIOUY]/.test(t));
  return wordy.reduce((n, t) => n + t.length, 0) >= value.length * 0.6;
}

/** Base64 of readable text (`anotherToken!`): random key material does not decode to printable words. */
export function decodesToText(value: string): boolean {
  if (!/^[A-Za-z0-9+/]{12,}={0,2}$/.test(value) || value.length % 4 !== 0) return false;
  const decoded = Buffer.from(value, 'base64').toString('latin1');
  return /^[\x20-\x7e]+$/.test(decoded) && /[a-z]{4}/i.test(decoded);
}

// AWS's documented convention marks example values by gluing EXAMPLE to them (`AKIAIOSFODNN7EXAMPLE`,
// https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html); API references mark every sample so.
const EXAMPLE_MARK = /[A-Za-z0-9]EXAMPLE|EXAMPLE[A-Za-z0-9]/;
let lastText: string | undefined;
let lastMarked = false;

/**
 * The text marks its values as documentation examples: a name-based guess in it (a `clientSecret` beside
 * `…EXAMPLECLIENTID`) is a sample. Only name-based detectors ask; a token with its own format is still reported.
 */
export function marksExamples(text: string): boolean {
  if (text !== lastText) {
    lastText = text;
    lastMarked = EXAMPLE_MARK.test(text);
  }
  return lastMarked;
}
