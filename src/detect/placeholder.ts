// One placeholder test shared by every detector: values that stand for a secret without being one.

const TEMPLATE = [
  /\$\{\{.*\}\}/, // GitHub Actions expression: ${{ secrets.X }}
  /\$\{[A-Za-z_][A-Za-z0-9_:-]*\}/, // shell / compose interpolation: ${VAR}
  /\$\{[A-Za-z_$][\w$]*(?:\??\.[A-Za-z_$][\w$]*|\[[^\]\n]*\]|\([^()\n]*\))+\}/, // JS / TS template: ${process.env.DB_PASSWORD}, ${cfg['pw']}, ${make(20)}
  /\$\{[A-Za-z_][A-Za-z0-9_]*:?[-=?+][^}\n]*\}/, // shell default: ${DB_PASSWORD:-dev}
  /^\$[A-Za-z_][A-Za-z0-9_]*$/, // a bare $VAR
  /\{\{[^}]*\}\}/, // mustache / helm / jinja
  /<[^<>\s]{1,60}>/, // <your-token>
  /%\([A-Za-z_]+\)s/, // python %(name)s
  /^%[A-Z_]+%$/, // windows %VAR%
];

// Many providers' documented example keys carry one of these words too (AWS's end in `EXAMPLE`:
// https://docs.aws.amazon.com/IAM/latest/UserGuide/security-creds.html); those that do not are listed, by
// hash and with their source, in detectors/lib/example-keys.ts.
const WORDS =
  /(?:example|placeholder|changeme|change_me|your[_-]?(?:token|key|secret|password|api)|redacted|dummy|sample|insert[_-]?here|replace[_-]?me|todo|fixme|not[_-]?a[_-]?real|fake[_-]?(?:key|token|secret)|xxxx|\*\*\*\*|\.\.\.|•|…)/i;

/** True when `value` is a stand-in (`${{ secrets.X }}`, `${VAR}`, `<your-token>`, `xxxx…`, documented example keys…). */
export function isPlaceholder(value: string): boolean {
  return placeholderKind(value) !== undefined;
}

/**
 * `stand-in` for a value that only stands for a secret (a template, a marker word, a mask, one or two symbols said
 * over and over); `typed` for one a person typed with too little variety to be a random draw (`abcdef1234567890…`,
 * `a1b2c3d4…`, a unit repeated): a sample, which a lazy real key can also be, so name-based detectors may report it
 * as one (never sent to be resolved); undefined for a value that may be a secret.
 */
export function placeholderKind(value: string): 'stand-in' | 'typed' | undefined {
  // A secret repeated down a file is judged once (the last answer is kept: a table would hash every value).
  if (value !== lastValue) {
    lastKind = kindOf(value);
    lastValue = value;
  }
  return lastKind;
}

let lastValue: string | undefined;
let lastKind: 'stand-in' | 'typed' | undefined;

function kindOf(value: string): 'stand-in' | 'typed' | undefined {
  if (TEMPLATE.some((r) => r.test(value))) return 'stand-in';
  if (WORDS.test(value)) return 'stand-in';
  // One symbol said over and over (`######`, `****`): a mask, at any length.
  if (/^([^A-Za-z0-9])\1{2,}$/.test(value)) return 'stand-in';
  if (!lowVariety(value)) return undefined;
  // Six or more distinct letters and digits after the prefix words took typing; fewer (`aaaa`, `abab…`,
  // `xkeysib-0000…`) are a mask.
  return new Set(prefixless(value).replace(/[^A-Za-z0-9]/g, '')).size >= 6 ? 'typed' : 'stand-in';
}

/**
 * Too little variety for its length: a run (`aaaaaaaa`, `0000-0000`), a repeated chunk (`abcabcabc`,
 * `FAKEFAKEFAKE…` after `sk_live_`), a counting sequence (`123456789`, `abcdefghij`) or a body whose entropy is far
 * below a random string's. Only the part after the token's lower-case prefix words counts
 * (`sk_live_`, `github_pat_`, `xoxb-`), so a prefix cannot lend a placeholder variety.
 */
function lowVariety(value: string): boolean {
  // After the first prefix word, and after every one: `abcd-abcd-abcd` is all "prefix words" but one run.
  const first = value.replace(/^[a-z]+[_-]/i, '');
  const all = value.replace(/^(?:[a-z][a-z0-9]{0,11}[_-])+/, '');
  if (lowVarietyCore(first.replace(/[-_.]/g, ''))) return true;
  return all !== first && lowVarietyCore(all.replace(/[-_.]/g, ''));
}

function lowVarietyCore(core: string): boolean {
  if (core.length < 8) return false;
  if (distinctAtMost(core, 2)) return true;
  if (repeatedChunk(core)) return true;
  // A counting run from the start of a keyboard row: longer partial runs occur in examples that stand for
  // real-format keys (a random body ending `…defghijklmnop`), which the development corpus counts as found.
  if (/0123456789|123456789|abcdefghij|qwertyuiop|asdfghjkl|zxcvbnm|poiuytrewq|lkjhgfdsa|mnbvcxz/i.test(core)) return true;
  // A random string of 16+ characters from any token alphabet (hex, base32, base62, base64) carries
  // well over 3 bits per character; 2.5 is a body of a few symbols in long runs (`aaaabbbbccccdddd`).
  if (core.length >= 16 && entropy(core) < 2.5) return true;
  return false;
}

/** The whole of `core` is one chunk of up to 8 characters said at least three times (a partial last one allowed). */
function repeatedChunk(core: string): boolean {
  for (let n = 1; n <= 8 && n * 3 <= core.length; n++) {
    const chunk = core.slice(0, n);
    let i = n;
    while (i + n <= core.length && core.slice(i, i + n) === chunk) i += n;
    if (i >= n * 3 && chunk.startsWith(core.slice(i))) return true;
  }
  return false;
}

/** Whether `core` holds at most `n` distinct characters. */
function distinctAtMost(core: string, n: number): boolean {
  const seen: number[] = [];
  for (let i = 0; i < core.length; i++) {
    const c = core.charCodeAt(i);
    if (seen.includes(c)) continue;
    if (seen.length === n) return false;
    seen.push(c);
  }
  return true;
}

// Counts of ASCII characters, reused by every call (each call zeroes what it counted): entropy is worked out for
// every candidate value, tens of thousands of times in a file of tokens.
const ASCII_COUNTS = new Uint32Array(128);

/** Shannon entropy in bits per character (per code point, over the string's UTF-16 length). */
export function entropy(value: string): number {
  if (/[^\x00-\x7f]/.test(value)) return entropyOfCodePoints(value);
  const seen: number[] = [];
  for (let i = 0; i < value.length; i++) {
    const c = value.charCodeAt(i);
    if (ASCII_COUNTS[c]++ === 0) seen.push(c);
  }
  let h = 0;
  for (const c of seen) {
    const p = ASCII_COUNTS[c] / value.length;
    h -= p * Math.log2(p);
    ASCII_COUNTS[c] = 0;
  }
  return h;
}

function entropyOfCodePoints(value: string): number {
  const counts = new Map<string, number>();
  for (const c of value) counts.set(c, (counts.get(c) ?? 0) + 1);
  let h = 0;
  for (const n of counts.values()) {
    const p = n / value.length;
    h -= p * Math.log2(p);
  }
  return h;
}

/**
 * A counting run of seven or more (`abcdefg`, `1234567`, `7654321`) inside the value: typed by a person writing an
 * example; a random draw from a 16-character alphabet holds one about once in eight million positions.
 */
export function hasCountingRun(value: string, run = 7): boolean {
  let up = 1;
  let down = 1;
  for (let i = 1; i < value.length; i++) {
    const d = stepOf(value, i);
    up = d > 0 ? up + 1 : 1;
    down = d < 0 ? down + 1 : 1;
    if (up >= run || down >= run) return true;
  }
  return false;
}

// Letters next to each other on a keyboard row are typed the way counting is (`qwertyuiop`, `asdfgh`, `zxcvbnm`).
const KEY_ROWS = ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'];
const KEY_AT = new Map([...KEY_ROWS.entries()].flatMap(([r, row]) => [...row].map((c, i) => [c, r * 16 + i] as const)));

/**
 * The step from `value[i - 1]` to `value[i]`: ±1 counting (`ab`, `21`), ±2 along a keyboard row (`qw`, `lk`), else 0.
 * Only between letters and digits.
 */
function stepOf(value: string, i: number, stride = 1): number {
  const a = value.charCodeAt(i - stride);
  const b = value.charCodeAt(i);
  if (!isAlnum(a) || !isAlnum(b)) return 0;
  if (b - a === 1 || b - a === -1) return b - a;
  const ka = KEY_AT.get(value[i - stride].toLowerCase());
  const kb = KEY_AT.get(value[i].toLowerCase());
  if (ka === undefined || kb === undefined || ka >> 4 !== kb >> 4) return 0;
  return kb - ka === 1 ? 2 : kb - ka === -1 ? -2 : 0;
}

const isAlnum = (c: number) => (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);

/**
 * Counting runs (four or more steps of one: `abcd`, `1234`, `9876`) cover at least `share` of the value: typed by a
 * person filling a sample (`abcdef1234567890abcdef1234567890`), where a random draw with one short run is still random.
 */
export function mostlyCounting(value: string, share = 0.4): boolean {
  return countingShare(value, share, 0, 1);
}

/** `mostlyCounting` of the characters at `start`, `start + stride`, … of `value`, read in place. */
function countingShare(value: string, share: number, start: number, stride: number): boolean {
  const length = Math.ceil((value.length - start) / stride);
  let covered = 0;
  let run = 1;
  let dir = 0;
  for (let k = 1; k <= length; k++) {
    const d = k < length ? stepOf(value, start + k * stride, stride) : 0;
    if (d !== 0 && (run === 1 || d === dir)) {
      run++;
      dir = d;
      continue;
    }
    if (run >= 4) covered += run;
    // A step the other way starts a new run at the previous character.
    run = d !== 0 ? 2 : 1;
    dir = d;
  }
  return covered >= length * share;
}

// One short unit typed over and over (`abcd1234abcd1234…`, `xyzxyzxyz…12`): a sample, whatever its letters.
const REPEATED = /^(.{2,16}?)\1{2,}/;

/**
 * Typed by a person, not drawn: counting runs that fill much of it (`abcdef1234567890…`), a unit said over and over,
 * or letters and digits counted in turn (`a1b2c3d4e5…`).
 */
export function typedSample(value: string): boolean {
  if ((hasCountingRun(value) && mostlyCounting(value)) || REPEATED.test(value)) return true;
  // Letters and digits counted in turn: every other character, read in place.
  return countingShare(value, 0.6, 1, 2) && countingShare(value, 0.6, 0, 2);
}

/** The body after a token's prefix words (`dop_v1_`, `NF-`, `sk_test_`) is 16 or more typed characters: a sample of the format. */
export function typedBody(value: string): boolean {
  const body = prefixless(value);
  return body.length >= 16 && typedSample(body);
}

/** What follows a token's prefix words (`dop_v1_`, `NF-`, `pat-na1-`). */
const prefixless = (value: string) => value.replace(/^(?:[A-Za-z][A-Za-z0-9]{0,11}[_-])+/, '');
