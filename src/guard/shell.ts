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
  // A backslash-newline is a line continuation; a bare newline separates commands like `;`.
  const text = line.replace(/\\\r?\n/g, ' ').replace(/\r?\n/g, ' ; ');
  const out: SimpleCommand[] = [];
  // $(…) and `…` anywhere, even inside double quotes, run first: each inner command is a command too.
  // Single-quoted ones do not run, but counting them errs on the side of refusing.
  for (const inner of substitutions(text)) out.push(...commandsOf(inner, depth + 1));

  const tokens = parse(text, (name) => `$${name}`) as Array<string | { op: string } | { comment: string } | { pattern: string }>;
  let words: string[] = [];
  let inputs: string[] = [];
  let outputs: string[] = [];
  let pipeline: SimpleCommand[] = [];
  let redirect: string | undefined;
  const flush = (pipe: boolean) => {
    if (words.length || inputs.length || outputs.length) {
      const cmds = expand(words, inputs, depth);
      cmds[0].outputs = outputs;
      for (const c of cmds) c.upstream = [...pipeline];
      out.push(...cmds);
      pipeline.push(...cmds);
    }
    words = [];
    inputs = [];
    outputs = [];
    if (!pipe) pipeline = [];
  };
  for (const t of tokens) {
    if (typeof t === 'string') {
      if (redirect) {
        if (redirect === '<') inputs.push(t);
        else if (redirect === '>' || redirect === '>>' || redirect === '>|') outputs.push(t);
        redirect = undefined;
        continue;
      }
      if (t !== '') words.push(t.replace(/^`|`$/g, ''));
    } else if ('op' in t) {
      if (t.op === 'glob') continue;
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
    argv = argv.slice(j);
  }
  const cmd: SimpleCommand = { argv, inputs, outputs: [], assignments, upstream: [] };
  const out: SimpleCommand[] = [cmd];
  const name = argv.length ? baseName(argv[0]) : '';
  if (SHELLS.has(name)) {
    // sh -c 'script' [name args…]; -lc, -ec, -xc … all carry c. `bash script.sh` reads the script: a read.
    const c = argv.findIndex((a, k) => k > 0 && /^-[a-zA-Z]*c[a-zA-Z]*$/.test(a));
    if (c > 0 && argv[c + 1] !== undefined) out.push(...commandsOf(argv[c + 1], depth + 1));
  } else if (name === 'eval' && argv.length > 1) {
    out.push(...commandsOf(argv.slice(1).join(' '), depth + 1));
  }
  return out;
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
