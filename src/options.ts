// What the CLI's commands and the Action share: the terminal they write to, and the flags that mean the
// same in `scan`, `audit` and the Action (validated once, here).
import { accessSync, constants, readdirSync, statSync } from 'node:fs';
import { resolve } from 'node:path';
import { type ParseArgsConfig, parseArgs } from 'node:util';
import { isValidFailOn } from './context/rules.js';
import { UsageError } from './errors.js';
import { endpointVariable, namedEndpointVariable } from './resolve/egress.js';
import type { ResolutionPlan } from './resolve/index.js';
import { provider, providers } from '../scopes/index.js';

export interface Io {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  isTTY: boolean;
  env: NodeJS.ProcessEnv;
}

/**
 * A size flag (`--max-file-size`, `--max-repo-size`): bytes, or a number with B, KB, MB, GB (binary
 * units). Zero and negative sizes are refused: a limit of nothing would read nothing and report clean.
 */
export function parseSize(s: string, flag = '--max-file-size', examples = '500KB, 5MB or 1048576'): number {
  const m = /^(\d+(?:\.\d+)?)\s*(b|k|kb|kib|m|mb|mib|g|gb|gib)?$/i.exec(s.trim());
  if (!m) throw new UsageError(`${flag}: "${s}" ${/^\s*-\d/.test(s) ? 'is negative; give a size of at least 1 byte' : 'is not a size'} (e.g. ${examples})`);
  const unit = (m[2] ?? 'b').toLowerCase()[0];
  const mult = unit === 'k' ? 1024 : unit === 'm' ? 1024 ** 2 : unit === 'g' ? 1024 ** 3 : 1;
  const bytes = Math.floor(Number(m[1]) * mult);
  if (bytes < 1) throw new UsageError(`${flag}: "${s}" would read nothing; give a size of at least 1 byte (e.g. ${examples})`);
  if (!Number.isSafeInteger(bytes)) throw new UsageError(`${flag}: "${s}" is too large (e.g. ${examples})`);
  return bytes;
}

/** `--fail-on` / the Action's `fail-on`: a severity word or a list of rule ids. */
export function checkFailOn(value: string, flag = '--fail-on'): string {
  if (!isValidFailOn(value)) throw new UsageError(`${flag}: "${value}" is not critical, high, medium, low, none or a list of rule ids (ABR001…ABR008)`);
  return value;
}

/** `--environment`: a name, returned lower-case (environments are lower-case everywhere). */
export function checkEnvironment(value: string | undefined, flag = '--environment'): string | undefined {
  if (value === undefined) return undefined;
  if (!/^[A-Za-z][A-Za-z0-9-]*$/.test(value)) throw new UsageError(`${flag}: "${value}" is not an environment name`);
  return value.toLowerCase();
}

/** `--no-resolve a,b --no-resolve c`: provider ids, each one this tool knows. */
export function checkProviders(values: string[], flag = '--no-resolve'): string[] {
  const ids = values
    .flatMap((x) => x.split(','))
    .map((x) => x.trim().toLowerCase())
    .filter(Boolean);
  for (const id of ids) if (!provider(id)) throw new UsageError(`${flag}: unknown provider "${id}"`, `providers: ${providers.map((p) => p.id).join(', ')}`);
  return ids;
}

/** A whole number of at least `min`, or `fallback` when the flag is absent. */
export function checkCount(flag: string, value: string | undefined, fallback: number, min = 0): number {
  if (value === undefined) return fallback;
  if (!/^\d+$/.test(value.trim()) || Number(value) < min) throw new UsageError(`${flag}: "${value}" is not a whole number of at least ${min}`);
  return Number(value);
}

type OptionSpec = NonNullable<ParseArgsConfig['options']>;

/**
 * argv → values and positionals, with errors in this tool's words. A value that starts with a dash and
 * a digit (`--max-resolutions -1`) is taken as the flag's value, as `--max-resolutions=-1` is, so its
 * check can say what is wrong with it; parseArgs alone calls it an "ambiguous argument".
 */
export function parseOptions<const O extends OptionSpec>(argv: string[], options: O, hint: string) {
  const takesValue = (arg: string): string | undefined => {
    const long = arg.startsWith('--') ? arg.slice(2) : Object.keys(options).find((k) => options[k].short && arg === `-${options[k].short}`);
    return long && options[long]?.type === 'string' ? long : undefined;
  };
  const args: string[] = [];
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      args.push(...argv.slice(i));
      break;
    }
    const flag = takesValue(a);
    if (flag && i + 1 < argv.length && /^-[\d.]/.test(argv[i + 1])) args.push(`--${flag}=${argv[++i]}`);
    else args.push(a);
  }
  try {
    return parseArgs({ args, allowPositionals: true, strict: true, options });
  } catch (err) {
    const message = (err as Error).message.split('\n')[0];
    // parseArgs's wording (Node 20, lib/internal/util/parse_args): "Option '--x <value>' argument is ambiguous." / "… argument missing".
    const flag = /^Option '(-\S+)(?: <value>)?' argument (?:is ambiguous|missing)/.exec(message)?.[1];
    if (flag) throw new UsageError(`${flag} needs a value${/ambiguous/.test(message) ? `; the next argument is an option (write ${flag}=VALUE for a value that starts with "-")` : ''}`, hint);
    throw new UsageError(message.replace(/\. To specify a positional argument.*$/, ''), hint);
  }
}

/**
 * The folder `scan` reads, resolved: it exists, is a folder, and can be listed and entered. An error
 * names the folder and the system's reason (EACCES…), before anything inside it (the config file) is
 * read and blamed instead.
 */
export function checkScanRoot(path: string): string {
  const root = resolve(path);
  const code = (err: unknown) => (err as NodeJS.ErrnoException).code ?? 'error';
  let isDirectory: boolean;
  try {
    isDirectory = statSync(root).isDirectory();
  } catch (err) {
    if (code(err) === 'ENOENT' || code(err) === 'ENOTDIR') throw new UsageError(`${path}: no such file or directory`);
    throw new UsageError(`${path}: cannot reach this folder (${code(err)})`);
  }
  if (!isDirectory) throw new UsageError(`${path} is not a directory`, 'scan takes the workspace folder');
  try {
    // Listing needs read permission, opening what is inside needs search (x): both, or nothing is scanned.
    accessSync(root, constants.R_OK | constants.X_OK);
    readdirSync(root);
  } catch (err) {
    throw new UsageError(`${path}: cannot read this folder (${code(err)})`);
  }
  return root;
}

/** One line per endpoint override in effect: each provider's own variable and its named bases (ABR_ENDPOINT_GCP_OAUTH2 …). */
export function endpointNotes(env: NodeJS.ProcessEnv, extra: Array<{ name: string; variable: string }> = []): string[] {
  const vars: Array<{ name: string; variable: string }> = [...extra];
  for (const p of providers) {
    if (!p.egress) continue;
    vars.push({ name: p.name, variable: endpointVariable(p.id) });
    for (const b of Object.keys(p.egress.bases ?? {})) vars.push({ name: p.name, variable: namedEndpointVariable(p.id, b) });
  }
  return vars.filter((v) => env[v.variable]).map((v) => `${v.name} endpoint overridden by ${v.variable}=${env[v.variable]}`);
}

/** The line said before the first provider call: how many secrets the plan sends, and that providers log them. */
export function announcement(plan: ResolutionPlan, skipHint = '--offline to skip.'): string {
  const n = plan.send.size;
  return `asking providers, read-only, about ${n} credential${n === 1 ? '' : 's'}; providers log these calls (CloudTrail, audit logs). ${skipHint}`;
}
