// .agent-blast-radius.yml: validated against schemas/config.schema.json (by ajv, compiled at build time:
// schema.generated.ts, scripts/build-map.mjs); errors name the key.
// The file in the scanned tree is written by whoever controls the tree (a pull request's author): it is
// read only when it is a regular file (never a link, FIFO or device: a FIFO blocks its reader, /dev/zero
// never ends, a link may point at /etc/shadow), at most MAX_CONFIG_BYTES, and an error never quotes its text.
import { closeSync, constants, fstatSync, lstatSync, openSync, readSync, type Stats } from 'node:fs';
import picomatch from 'picomatch';
import { parse, YAMLParseError } from 'yaml';
import { ConfigError } from '../errors.js';
import { validate as validateSchema } from './schema.generated.js';

export interface Config {
  environment?: string;
  offline?: boolean;
  exclude?: string[];
  environments?: Record<string, string>;
  accept?: AcceptEntry[];
}

/** A finding accepted on purpose, by fingerprint; `expires` (YYYY-MM-DD) holds through that day, UTC. */
export interface AcceptEntry {
  fingerprint: string;
  reason: string;
  expires?: string;
}

export { isDate } from './date.js';

/** What ajv's compiled validator is: true, or false with `errors` set (the first is reported). */
const validate = validateSchema as ((data: unknown) => data is Config) & { errors?: Array<{ instancePath: string; keyword: string; params: Record<string, unknown>; message?: string }> | null };

/** Larger configuration and baseline files are refused: 1 MiB holds some 8,000 accepted findings. */
export const MAX_CONFIG_BYTES = 1024 * 1024;

/**
 * Loads a config file. A missing default file is no config; a missing explicit file is an error. Links are
 * followed only when `followLinks` (a file the user named on the command line); a file in the scanned tree
 * that is a link is refused, as is anything that is not a regular file or is larger than MAX_CONFIG_BYTES.
 */
export function loadConfig(path: string, explicit: boolean, followLinks = explicit): Config {
  const text = readConfigText(path, explicit, followLinks);
  if (text === undefined) return {};
  let data: unknown;
  try {
    data = parse(text) ?? {};
  } catch (err) {
    // The parser's message quotes the offending source line: only its code and position are said.
    const where = err instanceof YAMLParseError && err.linePos ? ` at line ${err.linePos[0].line}, column ${err.linePos[0].col}` : '';
    // The yaml package refuses an alias bomb (more than 100 alias expansions) with a ReferenceError.
    const what = err instanceof YAMLParseError ? err.code : /alias/i.test((err as Error).message) ? 'too many aliases' : 'error';
    throw new ConfigError(`${path} is not valid YAML (${what}${where})`);
  }
  if (!validate(data)) {
    const e = validate.errors![0];
    const key = e.instancePath ? e.instancePath.slice(1).split('/').map(keyText).join('.') : '';
    const where = e.keyword === 'additionalProperties' ? `${key ? key + '.' : ''}${keyText((e.params as { additionalProperty: string }).additionalProperty)}` : key || '(top level)';
    const what = e.keyword === 'additionalProperties' ? 'is not a known setting' : e.message;
    throw new ConfigError(`${path}: ${where} ${what}`, 'see schemas/config.schema.json for the settings');
  }
  const everything = data.exclude?.find(excludesEverything);
  if (everything !== undefined) throw new ConfigError(`${path}: exclude ${JSON.stringify(everything)} would exclude every file`, 'name the folders to skip (e.g. test/fixtures/**)');
  // Looked up by names found in the scanned tree (a host called `constructor`): no inherited keys.
  if (data.environments) data.environments = Object.assign(Object.create(null) as Record<string, string>, data.environments);
  return data;
}

/**
 * A key as an error may show it: a setting's name is short and plain; anything else (a line of /etc/shadow
 * parsed as a key, a token) is file content and is not echoed.
 */
const keyText = (k: string) => (/^[A-Za-z0-9_-]{1,32}$/.test(k) ? k : '(a key not shown)');

/** Paths of unrelated kinds: a pattern that excludes each of them (or a folder above it) excludes everything. */
const EVERY_KIND = ['.env', 'a/.env.local', '.mcp.json', '.git/config', 'src/index.ts', 'x/y/z/settings.json', 'README'];

function excludesEverything(pattern: string): boolean {
  const match = picomatch(pattern, { dot: true });
  // As the walk applies it (src/walk/policy.ts): to each folder on the way (with and without a slash), then the file.
  const excluded = (path: string) => {
    const parts = path.split('/');
    return parts.some((_, i) => {
      const p = parts.slice(0, i + 1).join('/');
      return match(p) || (i < parts.length - 1 && match(p + '/'));
    });
  };
  return EVERY_KIND.every(excluded);
}

const NOT_REGULAR: Array<[(s: Stats) => boolean, string]> = [
  [(s) => s.isSymbolicLink(), 'a symbolic link'],
  [(s) => s.isDirectory(), 'a folder'],
  [(s) => s.isFIFO(), 'a FIFO'],
  [(s) => s.isSocket(), 'a socket'],
  [(s) => s.isCharacterDevice() || s.isBlockDevice(), 'a device'],
];

const kindOf = (s: Stats) => NOT_REGULAR.find(([is]) => is(s))?.[1] ?? 'not a regular file';

/** The file's text, or undefined for a default file that does not exist. Never blocks, never reads past the cap. */
function readConfigText(path: string, explicit: boolean, followLinks: boolean): string | undefined {
  const refuse = (why: string, hint?: string) => new ConfigError(`cannot read config file ${path}: ${why}`, hint);
  if (!followLinks) {
    let st: Stats;
    try {
      st = lstatSync(path);
    } catch (err) {
      const code = (err as NodeJS.ErrnoException).code;
      if (!explicit && code === 'ENOENT') return undefined;
      throw refuse(code ?? 'error');
    }
    if (st.isSymbolicLink()) throw refuse('it is a symbolic link; a configuration file in the scanned tree must be a regular file', 'replace the link with the file, or pass --config');
  }
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO for reading waits for a writer otherwise. O_NOFOLLOW: a link swapped in after the lstat.
    fd = openSync(path, constants.O_RDONLY | (constants.O_NONBLOCK ?? 0) | (followLinks ? 0 : (constants.O_NOFOLLOW ?? 0)));
  } catch (err) {
    const code = (err as NodeJS.ErrnoException).code;
    if (!explicit && code === 'ENOENT') return undefined;
    if (code === 'ELOOP' && !followLinks) throw refuse('it is a symbolic link; a configuration file in the scanned tree must be a regular file', 'replace the link with the file, or pass --config');
    throw refuse(code ?? 'error');
  }
  try {
    const st = fstatSync(fd);
    if (!st.isFile()) throw refuse(`it is ${kindOf(st)}, not a regular file`);
    if (st.size > MAX_CONFIG_BYTES) throw refuse(`it is ${st.size} bytes, more than the ${MAX_CONFIG_BYTES} a configuration file may hold`);
    // Read up to one byte past the cap: a file that grew since fstat is refused too.
    const buf = Buffer.alloc(Math.min(st.size, MAX_CONFIG_BYTES) + 1);
    let n = 0;
    for (let r = 1; r > 0 && n < buf.length; n += r) r = readSync(fd, buf, n, buf.length - n, null);
    if (n > MAX_CONFIG_BYTES) throw refuse(`it holds more than the ${MAX_CONFIG_BYTES} bytes a configuration file may hold`);
    return buf.toString('utf8', 0, n);
  } catch (err) {
    if (err instanceof ConfigError) throw err;
    throw refuse((err as NodeJS.ErrnoException).code ?? 'error');
  } finally {
    closeSync(fd);
  }
}
