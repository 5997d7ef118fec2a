// What one simple command does that the guard cares about: which files it reads, whether it prints the
// inherited environment, and which destroy primitive it calls (src/guard/catalogue.ts).
import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { isAbsolute, join, resolve } from 'node:path';
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

/** Interpreters whose inline code (`-c`, `-e`, `-r`, a heredoc, a pipe) the guard reads for file and environment reads. */
const INTERPRETER = /^(python[0-9.]*|pypy[0-9.]*|node|nodejs|deno|bun|ruby|perl|php[0-9.]*|lua|luajit|rscript|osascript|pwsh|powershell|jshell|groovy|tclsh)$/i;

/** The code an interpreter is handed inline: `-c`/`-e`/`-E`/`-r`/`-p`/`--eval` values, `deno eval`, heredocs, `echo … |`. */
export function inlineCode(cmd: SimpleCommand): string[] {
  const argv = cmd.argv;
  const name = baseName(argv[0] ?? '');
  if (!INTERPRETER.test(name)) return [];
  const out: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if ((/^-[a-zA-Z]*[ceErp]$/.test(a) || a === '--eval' || a === '--print' || /^-command$/i.test(a)) && argv[i + 1] !== undefined) out.push(argv[++i]);
    else if (/^--(eval|print)=/.test(a)) out.push(a.slice(a.indexOf('=') + 1));
  }
  if (name === 'deno' && argv[1] === 'eval') out.push(argv.slice(2).join(' '));
  out.push(...cmd.stdin, ...cmd.upstream.filter((u) => ['echo', 'printf'].includes(baseName(u.argv[0] ?? ''))).map((u) => u.argv.slice(1).join(' ')));
  return out;
}

/** Quoted strings in code (≤ 4096 characters, one line): the paths a script opens are among them. */
function literals(code: string): string[] {
  const out: string[] = [];
  for (const m of code.matchAll(/(['"`])((?:(?!\1)[^\\\n]|\\.){1,4096})\1/g)) out.push(m[2].replace(/^\s*(\+?[<>]|file:\/\/)\s*/, ''));
  return out;
}

// How code reads the environment: one variable by name, or all of it. Node's process.env, Python's
// os.environ/os.getenv, Ruby's ENV, Perl's %ENV, PHP's getenv/$_ENV, Deno.env.
const ENV_NAMED =
  /(?:process\.env\.|process\.env\[\s*['"]|environ\[\s*['"]|environ\.get\(\s*['"]|getenv\(\s*['"]|ENV\[\s*['"]|ENV\.fetch\(\s*['"]|\$ENV\{\s*['"]?|\$_ENV\[\s*['"]|\$_SERVER\[\s*['"]|Deno\.env\.get\(\s*['"])([A-Za-z_][A-Za-z0-9_]*)/g;
const ENV_ALL =
  /process\.env(?![.[\w])|os\.environ(?![[.\w])|environ\.(items|keys|values|copy)\(|%ENV\b|\bENV\.(to_h|to_a|each|keys|inspect|to_s)\b|\$_ENV(?!\[)|getenv\(\s*\)|Deno\.env\.toObject|\/proc\/[^/'"\s]+\/environ/;

/** Shell glob characters outside quotes survive tokenising as a pattern word. */
const GLOB = /[*?[]/;

/** A glob expanded against the folder as the shell would (no dotfiles unless the pattern starts with a dot; `**` as `*`). */
export function expandGlob(pattern: string, cwd: string, limit = 1000): string[] {
  if (!GLOB.test(pattern)) return [pattern];
  const abs = isAbsolute(pattern);
  const parts = pattern.split('/');
  let paths: string[] = [abs ? '/' : ''];
  for (const [k, part] of parts.entries()) {
    if (abs && k === 0) continue;
    if (!GLOB.test(part)) {
      paths = paths.map((p) => (p ? join(p, part) : part));
      continue;
    }
    const re = new RegExp(
      `^${part
        .replace(/\*\*/g, '*')
        .replace(/[.+^${}()|\\]/g, '\\$&')
        .replace(/\*/g, '.*')
        .replace(/\?/g, '.')
        .replace(/\[!/g, '[^')}$`,
    );
    const next: string[] = [];
    for (const p of paths) {
      let names: string[];
      try {
        names = readdirSync(resolve(cwd, p || '.'));
      } catch {
        continue;
      }
      for (const n of names) if ((part.startsWith('.') || !n.startsWith('.')) && re.test(n) && next.length < limit) next.push(p ? join(p, n) : n);
    }
    paths = next;
  }
  return paths.length ? paths : [pattern];
}

export function factsOf(cmd: SimpleCommand, cwd: string): CommandFacts {
  const facts: CommandFacts = { files: [], folders: [], env: [], history: false };
  const at = (p: string) => (isAbsolute(p) ? p : resolve(cwd, p.replace(/^~(?=\/)/, process.env.HOME ?? '~')));
  for (const i of cmd.inputs.flatMap((p) => expandGlob(p, cwd))) if (isFile(at(i))) facts.files.push(at(i));
  const argv = cmd.argv;
  if (!argv.length) return facts;
  const name = baseName(argv[0]);

  // Reads of files: every argument of a reader that names an existing file (a grep pattern that
  // happens to be a file name is checked too, which only errs towards refusing).
  if (READERS.has(name) || name === 'git') {
    // `… | xargs cat`: the words echoed into it are its arguments, a file list given with `<` too.
    const fed = cmd.via.includes('xargs')
      ? [
          ...cmd.upstream.filter((u) => ['echo', 'printf'].includes(baseName(u.argv[0] ?? ''))).flatMap((u) => u.argv.slice(1).join(' ').split(/\s+/)),
          ...cmd.inputs.flatMap((f) => readSmall(at(f)).split('\n')),
        ]
      : [];
    for (const c of [...candidates(argv), ...fed].flatMap((w) => expandGlob(w, cwd))) {
      if (c.length > 4096 || !c) continue;
      if (/^\/proc\/[^/]+\/environ$/.test(c)) facts.env.push('*');
      const p = at(c);
      if (isFile(p)) facts.files.push(p);
      else if (RECURSIVE.has(name) && isDir(p)) facts.folders.push(p);
    }
    // Files found at run time (`find DIR -exec cat {} ;`, `find DIR | xargs cat`): every file under DIR.
    const listers = cmd.via.includes('xargs') ? cmd.upstream.filter((u) => !['echo', 'printf'].includes(baseName(u.argv[0] ?? ''))) : [];
    for (const u of listers) {
      const dirs = positionals(u.argv).filter((p) => isDir(at(p)));
      cmd.feeds.push(...(dirs.length ? dirs : ['.']));
    }
    for (const f of cmd.feeds) if (isDir(at(f))) facts.folders.push(at(f));
  }
  // Code handed to an interpreter inline: the files its string literals name, the environment it reads.
  for (const code of inlineCode(cmd)) {
    for (const lit of literals(code)) {
      const p = at(lit);
      if (!lit.includes('\n') && isFile(p)) facts.files.push(p);
    }
    for (const m of code.matchAll(ENV_NAMED)) facts.env.push(m[1]);
    if (ENV_ALL.test(code)) facts.env.push('*');
  }
  if (READERS.has(name)) {
    // rg and ag search the current folder when given no path; grep -r does too.
    if ((name === 'rg' || name === 'ag' || (name === 'grep' && argv.some((a) => /^-[a-zA-Z]*[rR]/.test(a) || a === '--recursive'))) && !facts.folders.length && !facts.files.length)
      facts.folders.push(cwd);
  }
  if (name === 'git') {
    const pos = positionals(argv, new Set(['-C', '-c']));
    const sub = pos[0];
    const patch = argv.some((a) => a === '-p' || a === '--patch' || a === '-u');
    // `git show --stat` / `--name-only` / `-s` print no file content.
    const noContent = !patch && argv.some((a) => /^(--stat|--shortstat|--numstat|--name-only|--name-status|--summary|-s|--no-patch)$/.test(a)) && sub !== 'grep' && sub !== 'blame';
    if (
      !noContent &&
      (sub === 'show' || (sub === 'log' && patch) || sub === 'diff' || sub === 'grep' || sub === 'blame' || sub === 'cat-file' || (sub === 'stash' && pos[1] === 'show')) &&
      !facts.files.length
    )
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
  // Arguments, heredoc and here-string bodies, and inline code fed through a pipe.
  const allText = [...argv.slice(1), ...cmd.stdin, ...inlineCode(cmd)].join(' ');
  if (SQL_CLIENTS.has(name)) {
    // A -c/-e/--command value, a heredoc, or whatever an upstream command in the pipe feeds it (echo "DROP …" | psql).
    const fed = [...cmd.upstream.map((u) => u.argv.slice(1).join(' ')), ...cmd.stdin].join(' ');
    const bodies = [...cmd.inputs, ...argv.filter((a) => a.startsWith('-f') || a.endsWith('.sql'))].map((f) => readSmall(resolve(cwd, f.replace(/^-f/, '')))).join('\n');
    if (SQL_DESTROY.test(allText) || SQL_DESTROY.test(fed) || SQL_DESTROY.test(bodies))
      return { id: 'sql-drop-truncate', primitive: 'DROP/TRUNCATE', source: 'https://www.postgresql.org/docs/current/sql-droptable.html' };
  }
  if (name === 'redis-cli' || name === 'valkey-cli') {
    const fed = [...cmd.upstream.map((u) => u.argv.slice(1).join(' ')), ...cmd.stdin].join(' ');
    if (/\bflush(all|db)\b/i.test(fed)) return { id: 'redis-flush', primitive: 'FLUSHALL', source: 'https://redis.io/docs/latest/commands/flushall/' };
  }
  if (HTTP_CLIENTS.has(name) || INTERPRETER.test(name)) {
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
    // Inline code: fetch/axios/requests/Net::HTTP/LWP/curl_setopt with a DELETE, to a provider's API host.
    if (
      INTERPRETER.test(name) &&
      /method\s*[:=]\s*['"]DELETE['"]|['"]DELETE['"]|\.delete\s*\(|->delete\s*\(|requests\.delete|Net::HTTP::Delete|HTTP::Request->new\(\s*DELETE/i.test(allText) &&
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
