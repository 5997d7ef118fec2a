// What one simple command does that the guard cares about: which files it reads, whether it prints the
// inherited environment, and which destroy primitive it calls (src/guard/catalogue.ts).
import { existsSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, resolve } from 'node:path';
import { CLI_PRIMITIVES, GRAPHQL_DESTROY_RE, HTTP_CLIENTS, PROVIDER_API_HOSTS, SQL_CLIENTS, SQL_DESTROY } from './catalogue.js';
import { baseName, positionals, type SimpleCommand } from './shell.js';

/** Commands whose file arguments are read and shown (or copied somewhere the agent can read). */
const READERS = new Set([
  'cat',
  'tac',
  'nl',
  'less',
  'more',
  'most',
  'bat',
  'batcat',
  'head',
  'tail',
  'grep',
  'egrep',
  'fgrep',
  'rg',
  'ag',
  'ack',
  'sed',
  'awk',
  'gawk',
  'mawk',
  'cut',
  'sort',
  'uniq',
  'paste',
  'column',
  'source',
  '.',
  'cp',
  'rsync',
  'scp',
  'install',
  'base64',
  'base32',
  'basenc',
  'xxd',
  'od',
  'hexdump',
  'strings',
  'jq',
  'yq',
  'diff',
  'cmp',
  'comm',
  'tee',
  'vi',
  'vim',
  'nvim',
  'view',
  'nano',
  'emacs',
  'code',
  'open',
  'dd',
  'iconv',
  'fold',
  'fmt',
  'pr',
  'expand',
  'tr',
  'rev',
  'zcat',
  'bzcat',
  'xzcat',
  'gpg',
  'openssl',
  'sha256sum',
  'md5sum',
  'tar',
  'zip',
  'gzip',
  'curl',
  'wget',
  'python',
  'python3',
  'node',
  'ruby',
  'perl',
  'php',
  'bash',
  'sh',
  'zsh',
  'dotenv',
]);
/** Readers that walk a folder given as an argument (grep -r, rg, cp -r …). */
const RECURSIVE = new Set(['grep', 'egrep', 'fgrep', 'rg', 'ag', 'ack', 'cp', 'rsync', 'scp', 'tar', 'zip', 'diff']);
/** Commands that print the environment they inherit. */
const ENV_PRINTERS = new Set(['env', 'printenv', 'export', 'set', 'declare', 'typeset']);

export interface CommandFacts {
  /** Existing files the command reads, absolute. */
  files: string[];
  /** Folders a recursive reader walks, absolute. */
  folders: string[];
  /** Environment variables it prints: names, or '*' for all. */
  env: string[];
  /** `git show` / `git log -p` / `git diff` without a path: the history of every tracked file. */
  history: boolean;
  /** The destroy primitive it calls, if any: catalogue id, and the resolvers' name for it. */
  destroy?: { id: string; primitive?: string; source: string };
}

function isFile(p: string): boolean {
  try {
    return statSync(p).isFile();
  } catch {
    return false;
  }
}
function isDir(p: string): boolean {
  try {
    return statSync(p).isDirectory();
  } catch {
    return false;
  }
}

/** Arguments that may name a file: positionals, `--opt=value` values, `@file` bodies, `REV:path`. */
function candidates(argv: string[]): string[] {
  const out: string[] = [];
  for (const a of argv.slice(1)) {
    if (!a) continue;
    if (a.startsWith('--') && a.includes('=')) out.push(a.slice(a.indexOf('=') + 1));
    else if (a.startsWith('@')) out.push(a.slice(1));
    else if (/^-[A-Za-z]$/.test(a)) continue;
    else out.push(a);
    // git show HEAD:.env, scp host:path: the part after the colon
    const colon = a.indexOf(':');
    if (colon > 0 && !a.includes('://')) out.push(a.slice(colon + 1));
  }
  return out;
}

export function factsOf(cmd: SimpleCommand, cwd: string): CommandFacts {
  const facts: CommandFacts = { files: [], folders: [], env: [], history: false };
  const at = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p.replace(/^~(?=\/)/, process.env.HOME ?? '~')));
  for (const i of cmd.inputs) if (isFile(at(i))) facts.files.push(at(i));
  const argv = cmd.argv;
  if (!argv.length) return facts;
  const name = baseName(argv[0]);

  // Reads of files: every argument of a reader that names an existing file (a grep pattern that
  // happens to be a file name is checked too, which only errs towards refusing).
  if (READERS.has(name) || name === 'git') {
    for (const c of candidates(argv)) {
      if (c.length > 4096) continue;
      const p = at(c);
      if (isFile(p)) facts.files.push(p);
      else if (RECURSIVE.has(name) && isDir(p)) facts.folders.push(p);
    }
    // rg and ag search the current folder when given no path; grep -r does too.
    if ((name === 'rg' || name === 'ag' || (name === 'grep' && argv.some((a) => /^-[a-zA-Z]*[rR]/.test(a) || a === '--recursive'))) && !facts.folders.length && !facts.files.length)
      facts.folders.push(cwd);
  }
  if (name === 'git') {
    const pos = positionals(argv, new Set(['-C', '-c']));
    const sub = pos[0];
    const patch = argv.some((a) => a === '-p' || a === '--patch' || a === '-u');
    if ((sub === 'show' || (sub === 'log' && patch) || sub === 'diff' || sub === 'grep' || sub === 'blame' || sub === 'cat-file' || (sub === 'stash' && pos[1] === 'show')) && !facts.files.length)
      facts.history = true;
  }
  // The inherited environment: env / printenv with no command after them, echo $VAR, printf $VAR.
  if (ENV_PRINTERS.has(name)) {
    const pos = positionals(argv);
    if (name === 'printenv' && pos.length) facts.env.push(...pos);
    else if (name === 'env' || name === 'printenv' || ((name === 'export' || name === 'declare' || name === 'typeset') && argv.some((a) => a === '-p')) || (name === 'set' && argv.length === 1))
      facts.env.push('*');
  }
  if (name === 'echo' || name === 'printf' || READERS.has(name)) {
    for (const a of argv.slice(1)) for (const m of a.matchAll(/\$\{?([A-Za-z_][A-Za-z0-9_]*)/g)) facts.env.push(m[1]);
  }
  facts.destroy = destroyOf(cmd, cwd);
  return facts;
}

/** The catalogue entry a command calls, if any. */
export function destroyOf(cmd: SimpleCommand, cwd: string): CommandFacts['destroy'] {
  const argv = cmd.argv;
  const name = baseName(argv[0] ?? '').toLowerCase();
  const pos = positionals(argv);
  const opts = argv.slice(1).filter((a) => a.startsWith('-'));
  // The most specific entry wins (`fly volumes destroy` over `fly destroy`).
  let best: (typeof CLI_PRIMITIVES)[number] | undefined;
  for (const e of CLI_PRIMITIVES) {
    if (!e.cli.includes(name)) continue;
    if (e.flags && !opts.some((o) => e.flags!.some((f) => o === f || o.startsWith(`${f}=`)))) continue;
    let k = 0;
    for (const w of pos) if (k < e.words.length && (typeof e.words[k] === 'string' ? w.toLowerCase() === e.words[k] : (e.words[k] as RegExp).test(w))) k++;
    if (k === e.words.length && (!best || e.words.length > best.words.length)) best = e;
  }
  if (best) return { id: best.id, primitive: best.primitive, source: best.source };
  const allText = argv.slice(1).join(' ');
  if (SQL_CLIENTS.has(name)) {
    // A -c/-e/--command value, or whatever an upstream command in the pipe feeds it (echo "DROP …" | psql).
    const fed = cmd.upstream.map((u) => u.argv.slice(1).join(' ')).join(' ');
    const bodies = [...cmd.inputs, ...argv.filter((a) => a.startsWith('-f') || a.endsWith('.sql'))].map((f) => readSmall(resolve(cwd, f.replace(/^-f/, '')))).join('\n');
    if (SQL_DESTROY.test(allText) || SQL_DESTROY.test(fed) || SQL_DESTROY.test(bodies))
      return { id: 'sql-drop-truncate', primitive: 'DROP/TRUNCATE', source: 'https://www.postgresql.org/docs/current/sql-droptable.html' };
  }
  if (name === 'redis-cli' || name === 'valkey-cli') {
    const fed = cmd.upstream.map((u) => u.argv.slice(1).join(' ')).join(' ');
    if (/\bflush(all|db)\b/i.test(fed)) return { id: 'redis-flush', primitive: 'FLUSHALL', source: 'https://redis.io/docs/latest/commands/flushall/' };
  }
  if (HTTP_CLIENTS.has(name)) {
    // Bodies given as @file are read (small ones) and searched like inline ones.
    const bodies = argv
      .filter((a) => a.startsWith('@'))
      .map((a) => readSmall(resolve(cwd, a.slice(1))))
      .join('\n');
    const m = GRAPHQL_DESTROY_RE.exec(allText) ?? GRAPHQL_DESTROY_RE.exec(bodies);
    if (m) return { id: `graphql-${m[1]}`, primitive: m[1], source: 'railwayapp/cli src/gql/schema.json (scopes/railway.ts)' };
    const method = httpMethod(argv, name);
    if (method === 'DELETE' && (PROVIDER_API_HOSTS.test(allText) || (name === 'gh' && pos[0] === 'api')))
      return { id: 'http-delete-provider-api', primitive: 'HTTP DELETE', source: 'https://www.rfc-editor.org/rfc/rfc9110#name-delete' };
    if (
      (name === 'node' || name.startsWith('python') || name === 'deno' || name === 'bun' || name === 'ruby') &&
      /method\s*[:=]\s*['"]DELETE['"]|\.delete\s*\(|requests\.delete/i.test(allText) &&
      PROVIDER_API_HOSTS.test(allText)
    )
      return { id: 'http-delete-provider-api', primitive: 'HTTP DELETE', source: 'https://www.rfc-editor.org/rfc/rfc9110#name-delete' };
  }
  return undefined;
}

function httpMethod(argv: string[], name: string): string | undefined {
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '-X' || a === '--request' || a === '--method') return argv[i + 1]?.toUpperCase();
    const m = /^(?:-X|--request=|--method=)(.+)$/.exec(a);
    if (m) return m[1].toUpperCase();
  }
  if (['http', 'https', 'httpie', 'xh', 'xhs'].includes(name)) return positionals(argv).find((p) => /^[A-Z]+$/.test(p));
  return undefined;
}

function readSmall(p: string): string {
  try {
    if (!existsSync(p) || statSync(p).size > 1024 * 1024) return '';
    return readFileSync(p, 'utf8');
  } catch {
    return '';
  }
}
