// Shell commands as a shell splits them: every simple command a line would run, including those inside
// pipes, `&&`/`||`/`;`, subshells, `$(…)` and backticks, `sh -c '…'`/`bash -c`, `eval`, and behind
// wrappers (`sudo`, `env`, `timeout 5`, `xargs` …) and environment prefixes (`FOO=bar cmd`). Tokenising
// (quoting, operators, comments) is shell-quote's; substitutions and -c strings are recursed into here.
import { parse } from 'shell-quote';

/** One simple command: its words after prefixes and wrappers, and the files its `<` redirects read. */
export interface SimpleCommand {
  argv: string[];
  /** Files read by `<` redirects. */
  inputs: string[];
  /** Files written by `>`, `>>`, `>|` redirects. */
  outputs: string[];
  /** Values of `NAME=value` prefixes (a token may sit there). */
  assignments: Record<string, string>;
  /** The commands of the same pipeline before this one (what feeds its stdin). */
  upstream: SimpleCommand[];
  /** Text fed on stdin by a heredoc (`<<EOF`) or a here-string (`<<<`). */
  stdin: string[];
  /** Wrappers stripped in front of the command (`xargs`, `sudo` …). */
  via: string[];
  /** Folders whose files become this command's arguments (`find DIR -exec cat {} ;`, `find DIR | xargs cat`). */
  feeds: string[];
  /** Why the guard cannot see what this command runs, when it cannot (code decoded at run time). */
  hidden?: string;
}

/** Nesting deeper than this (sh -c inside sh -c …) is refused: the guard fails closed rather than guess. */
export const MAX_DEPTH = 8;

export class ShellTooDeep extends Error {}

const SHELLS = new Set(['sh', 'bash', 'zsh', 'dash', 'ksh', 'fish', 'ash', 'busybox']);
/** Wrappers that run their arguments as a command, with how many leading non-option words they take first. */
const WRAPPERS: Record<string, number> = {
  sudo: 0,
  doas: 0,
  env: 0,
  nohup: 0,
  time: 0,
  command: 0,
  exec: 0,
  nice: 0,
  ionice: 0,
  stdbuf: 0,
  chronic: 0,
  unbuffer: 0,
  caffeinate: 0,
  timeout: 1,
  watch: 0,
  xargs: 0,
  setsid: 0,
  strace: 0,
  ltrace: 0,
  npx: 0,
};
/** Wrapper options that take a value (so the value is not the wrapped command). */
const WRAPPER_VALUE_OPTS = new Set(['-u', '-g', '-n', '-s', '-k', '-I', '-L', '-P', '-d', '-E', '-C', '--user', '--group', '--signal', '--kill-after', '-p', '-o', '-e']);

const ASSIGNMENT = /^[A-Za-z_][A-Za-z0-9_]*=/;
const SEPARATORS = new Set(['&&', '||', ';', ';;', '&', '(', ')', '<(', '>(', '|&', '\n']);

/** Every simple command the line would run, however deeply nested. Throws ShellTooDeep past MAX_DEPTH. */
export function commandsOf(line: string, depth = 0): SimpleCommand[] {
  if (depth > MAX_DEPTH) throw new ShellTooDeep('shell command nested too deeply');
  // Heredoc bodies are taken out first (they are stdin, not commands), then a backslash-newline is a
  // line continuation and a bare newline separates commands like `;`.
  const { text: bare, bodies } = heredocs(line);
  const text = bare.replace(/\\\r?\n/g, ' ').replace(/\r?\n/g, ' ; ');
  const out: SimpleCommand[] = [];
  // $(…) and `…` anywhere, even inside double quotes, run first: each inner command is a command too.
  // Single-quoted ones do not run, but counting them errs on the side of refusing.
  for (const inner of substitutions(text)) out.push(...commandsOf(inner, depth + 1));

  // $HOME is the one variable expanded (paths under it are read like any other); the rest stay `$NAME`.
  const tokens = parse(text, (name) => (name === 'HOME' && process.env.HOME ? process.env.HOME : `$${name}`)) as Array<
    string | { op: string; pattern?: string } | { comment: string } | { pattern: string }
  >;
  let words: string[] = [];
  let inputs: string[] = [];
  let outputs: string[] = [];
  let stdin: string[] = [];
  let pipeline: SimpleCommand[] = [];
  let redirect: string | undefined;
  const flush = (pipe: boolean) => {
    if (words.length || inputs.length || outputs.length) {
      const cmds = expand(words, inputs, depth);
      cmds[0].outputs = outputs;
      cmds[0].stdin = stdin;
      for (const c of cmds) c.upstream = [...pipeline];
      out.push(...cmds, ...fedScripts(cmds[0], depth));
      pipeline.push(...cmds);
    }
    words = [];
    inputs = [];
    outputs = [];
    stdin = [];
    if (!pipe) pipeline = [];
  };
  for (const t of tokens) {
    // A glob is a word like any other here; commands.ts expands it against the folder.
    if (typeof t === 'string' || ('op' in t && t.op === 'glob')) {
      const word = typeof t === 'string' ? t : (t.pattern ?? '');
      if (redirect) {
        const body = /^__ABR_HEREDOC_(\d+)__$/.exec(word);
        if (body) stdin.push(bodies[Number(body[1])] ?? '');
        else if (redirect === '<<<') stdin.push(word);
        else if (redirect === '<') inputs.push(word);
        else if (redirect === '>' || redirect === '>>' || redirect === '>|') outputs.push(word);
        redirect = undefined;
        continue;
      }
      if (word !== '') words.push(word.replace(/^`|`$/g, ''));
    } else if ('op' in t) {
      if (t.op === '|') flush(true);
      else if (SEPARATORS.has(t.op)) flush(false);
      else redirect = t.op; // <, >, >>, >&, <<<, <& …
    } else if ('pattern' in t) {
      words.push(t.pattern);
    }
    // comments end nothing and run nothing
  }
  flush(false);
  return out;
}

/** The bodies of `$(…)` and backtick substitutions in a line, outermost first. */
export function substitutions(text: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < text.length; i++) {
    if (text[i] === '$' && text[i + 1] === '(' && text[i + 2] !== '(') {
      let depth = 0;
      for (let j = i + 1; j < text.length; j++) {
        if (text[j] === '(') depth++;
        else if (text[j] === ')' && --depth === 0) {
          out.push(text.slice(i + 2, j));
          i = j;
          break;
        }
      }
    } else if (text[i] === '`') {
      const j = text.indexOf('`', i + 1);
      if (j > i) {
        out.push(text.slice(i + 1, j));
        i = j;
      }
    }
  }
  return out;
}

/** Strips prefixes and wrappers from one word list; recurses into `sh -c`, `eval`, `xargs sh -c`. */
function expand(words: string[], inputs: string[], depth: number): SimpleCommand[] {
  const assignments: Record<string, string> = {};
  let i = 0;
  for (; i < words.length && ASSIGNMENT.test(words[i]); i++) {
    const eq = words[i].indexOf('=');
    assignments[words[i].slice(0, eq)] = words[i].slice(eq + 1);
  }
  let argv = words.slice(i);
  const via: string[] = [];
  // Unwrap sudo, env, timeout … (each may carry its own NAME=value words and options).
  for (let guard = 0; guard < 10 && argv.length; guard++) {
    const name = baseName(argv[0]);
    if (!(name in WRAPPERS)) break;
    let j = 1;
    while (j < argv.length) {
      const a = argv[j];
      if (ASSIGNMENT.test(a)) {
        const eq = a.indexOf('=');
        assignments[a.slice(0, eq)] = a.slice(eq + 1);
        j++;
      } else if (a === '--') {
        j++;
        break;
      } else if (a.startsWith('-')) {
        j += WRAPPER_VALUE_OPTS.has(a) ? 2 : 1;
      } else break;
    }
    j += WRAPPERS[name];
    if (j >= argv.length) break; // `env` alone, `sudo -l`: the wrapper itself is the command
    via.push(name);
    argv = argv.slice(j);
  }
  const cmd: SimpleCommand = { argv, inputs, outputs: [], assignments, upstream: [], stdin: [], via, feeds: [] };
  const out: SimpleCommand[] = [cmd];
  const name = argv.length ? baseName(argv[0]) : '';
  if (SHELLS.has(name)) {
    // sh -c 'script' [name args…]; -lc, -ec, -xc … all carry c. `bash script.sh` reads the script: a read.
    const c = argv.findIndex((a, k) => k > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a));
    if (c > 0 && argv[c + 1] !== undefined) {
      if (DECODED.test(argv[c + 1]) && /\$\(|`/.test(argv[c + 1])) cmd.hidden = 'a shell runs a script decoded at run time';
      out.push(...commandsOf(argv[c + 1], depth + 1));
    }
  } else if (name === 'eval' && argv.length > 1) {
    if (DECODED.test(argv.slice(1).join(' '))) cmd.hidden = 'eval runs text decoded at run time';
    out.push(...commandsOf(argv.slice(1).join(' '), depth + 1));
  } else if (name === 'find') {
    // find ROOT… -exec CMD {} ; : CMD runs on every file under the roots.
    const roots = argv
      .slice(
        1,
        Math.max(
          1,
          argv.findIndex((a, k) => k > 0 && /^[-(!]/.test(a)),
        ),
      )
      .filter((a) => !a.startsWith('-'));
    for (let k = 1; k < argv.length; k++) {
      if (!/^-(exec|execdir|ok|okdir)$/.test(argv[k])) continue;
      const end = argv.findIndex((a, j) => j > k && (a === ';' || a === '+'));
      const inner = argv.slice(k + 1, end < 0 ? undefined : end);
      if (inner.length)
        for (const c of expand(inner, [], depth + 1)) {
          c.feeds = roots.length ? roots : ['.'];
          out.push(c);
        }
      if (end > 0) k = end;
    }
  }
  return out;
}

/**
 * Decoders whose output, run as code, the guard cannot read: base64/base32 -d, xxd -r, openssl -d,
 * gzip -d, rev, printf with byte escapes; in scripts, base64/hex decoding.
 */
export const DECODED =
  /\b(base(64|32)\s+(-[a-zA-Z]*[dD]\b|--decode)|xxd\s+-[a-z]*r|openssl\s+(enc|base64)\b[^|;]*\s-d\b|gunzip|zcat|gzip\s+-[a-z]*d|uudecode|rev\b|b64decode|atob\s*\(|fromhex|unhexlify|decode\s*\(\s*['"](base64|hex|rot13)|['"](base64|hex)['"]\s*\)|printf\s+['"]?[^'"\s]*\\(x[0-9a-fA-F]|[0-7]{3}))/;

/** What a shell or eval fed on stdin runs (`echo 'cat .env' | sh`, `bash <<EOF … EOF`), as commands. */
function fedScripts(cmd: SimpleCommand, depth: number): SimpleCommand[] {
  const name = cmd.argv.length ? baseName(cmd.argv[0]) : '';
  if (!SHELLS.has(name) || cmd.argv.some((a, k) => k > 0 && (/^-[a-zA-Z]*c[a-zA-Z]*$/.test(a) || !a.startsWith('-')))) return [];
  const piped = cmd.upstream.filter((u) => ['echo', 'printf', 'cat'].includes(baseName(u.argv[0] ?? ''))).map((u) => u.argv.slice(1).join(' '));
  if (cmd.upstream.some((u) => DECODED.test(u.argv.join(' '))) || [...cmd.stdin, ...piped].some((s) => DECODED.test(s) && /\$\(|`/.test(s))) cmd.hidden = 'a shell runs a script decoded at run time';
  return [...cmd.stdin, ...piped].flatMap((s) => commandsOf(s, depth + 1));
}

/** Takes heredoc bodies out of a line: `cmd <<'EOF'` … `EOF` becomes `cmd < __ABR_HEREDOC_0__`. */
function heredocs(line: string): { text: string; bodies: string[] } {
  if (!line.includes('<<')) return { text: line, bodies: [] };
  const bodies: string[] = [];
  const lines = line.split('\n');
  const out: string[] = [];
  for (let i = 0; i < lines.length; i++) {
    const pending: Array<{ delim: string; strip: boolean }> = [];
    const head = lines[i].replace(/(?<!<)<<(?!<)(-?)\s*(['"]?)([A-Za-z_][A-Za-z0-9_]*)\2/g, (_, dash: string, _q: string, delim: string) => {
      pending.push({ delim, strip: dash === '-' });
      return `< __ABR_HEREDOC_${bodies.length + pending.length - 1}__`;
    });
    out.push(head);
    for (const p of pending) {
      const body: string[] = [];
      for (i++; i < lines.length && (p.strip ? lines[i].replace(/^\t+/, '') : lines[i]) !== p.delim; i++) body.push(lines[i]);
      bodies.push(body.join('\n'));
    }
  }
  return { text: out.join('\n'), bodies };
}

export function baseName(word: string): string {
  const slash = word.lastIndexOf('/');
  return slash >= 0 ? word.slice(slash + 1) : word;
}

/** Positional words (not options) after the command name. `valueOpts` are options whose value follows as a separate word. */
export function positionals(argv: string[], valueOpts: ReadonlySet<string> = new Set()): string[] {
  const out: string[] = [];
  for (let i = 1; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--') {
      out.push(...argv.slice(i + 1));
      break;
    }
    if (a.startsWith('-') && a !== '-') {
      if (valueOpts.has(a)) i++;
      continue;
    }
    out.push(a);
  }
  return out;
}
