// The guard's decision for one tool call, whatever agent sent it: refuse a read of a file (or of the
// environment) holding an ABR001/ABR002/ABR004 credential, hold a destroy primitive for a human, allow
// the rest. Anything unexpected throws; the adapter turns a throw into a refusal (fail closed).
import { statSync } from 'node:fs';
import { isAbsolute, join, relative, resolve } from 'node:path';
import { quote } from 'shell-quote';
import { GRAPHQL_DESTROY_RE, MCP_DESTROY_TOOL, MCP_PROVIDER_SERVERS, MCP_RESOURCE, SQL_DESTROY } from './catalogue.js';
import { type CommandFacts, factsOf } from './commands.js';
import { commandsOf } from './shell.js';
import { allIndexes, cachedVerdict, codeOf, consumeApproval, type Danger, sha256, type WorkspaceIndex, writeIndex } from './state.js';

/** One tool call, as every adapter hands it over. */
export interface ToolCall {
  agent: string;
  /** The tool's name as the agent gave it (logged). */
  tool: string;
  kind: 'shell' | 'read' | 'search' | 'write' | 'mcp' | 'other';
  command?: string | string[];
  paths?: string[];
  mcp?: { server?: string; tool: string };
  /** The tool's input as sent, for the checks that look at every string in it. */
  input: unknown;
  cwd: string;
}

export type Decision =
  | { kind: 'allow'; note?: string }
  | { kind: 'deny'; reason: string; rule?: string; file?: string; primitive?: string }
  | { kind: 'hold'; reason: string; primitive: string; hash: string; code: string; summary: string };

export interface DecideContext {
  stateDir: string;
  env: NodeJS.ProcessEnv;
}

const APPROVE = /guard\s+(approve|uninstall)\b/;
/** Hook configuration files: an agent that edits them could switch the guard off. */
const HOOK_CONFIGS =
  /(^|\/)(\.claude\/settings(\.local)?\.json|\.cursor\/hooks\.json|\.codex\/(hooks\.json|config\.toml)|\.gemini\/settings\.json|\.github\/hooks\/[^/]*\.json|\.copilot\/hooks\/[^/]*\.json|\.github\/copilot\/settings(\.local)?\.json|\.windsurf\/hooks\.json|windsurf\/hooks\.json|\.clinerules\/hooks\/[^/]+|Cline\/Hooks\/[^/]+)$/;

export async function decide(call: ToolCall, ctx: DecideContext): Promise<Decision> {
  // The agent cannot approve itself, nor reach the approval store, nor switch the guard off.
  const text = JSON.stringify(call.input ?? null) + (typeof call.command === 'string' ? call.command : JSON.stringify(call.command ?? ''));
  if (APPROVE.test(text)) return { kind: 'deny', reason: 'refused: only a human, in their own terminal, may run `guard approve` or `guard uninstall`', primitive: 'guard-approve' };
  if (text.includes(ctx.stateDir) || /agent-blast-radius\/guard/.test(text))
    return { kind: 'deny', reason: "refused: this call touches the guard's approval store and decision log", primitive: 'guard-state' };

  switch (call.kind) {
    case 'shell':
      return shellDecision(call, ctx);
    case 'read':
    case 'search':
      return (
        (await readsDecision(
          call,
          ctx,
          (call.paths ?? []).map((p) => at(call.cwd, p)),
          [],
          false,
          [],
        )) ?? { kind: 'allow' }
      );
    case 'write': {
      const bad = (call.paths ?? []).find((p) => HOOK_CONFIGS.test(at(call.cwd, p).split('\\').join('/')));
      if (bad) return { kind: 'deny', reason: `refused: ${bad} holds the agent's hooks, which the guard is one of; edit it yourself`, file: bad, primitive: 'hook-config' };
      return { kind: 'allow' };
    }
    case 'mcp':
    case 'other':
      return mcpDecision(call, ctx);
  }
}

/** Commands that change or remove the files they are given. */
const MODIFIERS = new Set(['rm', 'mv', 'cp', 'tee', 'truncate', 'ln', 'chmod', 'unlink', 'shred', 'install', 'rsync', 'dd', 'sponge', 'touch']);

const at = (cwd: string, p: string) => (isAbsolute(p) ? p : resolve(cwd, p));

async function shellDecision(call: ToolCall, ctx: DecideContext): Promise<Decision> {
  const line = Array.isArray(call.command) ? quote(call.command.map(String)) : String(call.command ?? '');
  const commands = commandsOf(line);
  // `cd` moves later relative paths; subshells scope it back. Checking every folder the line enters,
  // for every command, errs towards refusing rather than missing `(cd scripts && cat old/x.sh)`.
  const bases = [call.cwd];
  for (const c of commands) if (c.argv[0] === 'cd' && c.argv[1] && c.argv[1] !== '-') bases.push(at(bases[bases.length - 1], c.argv[1].replace(/^~(?=\/|$)/, ctx.env.HOME ?? '~')));
  const facts: CommandFacts[] = commands.flatMap((c) => [...new Set(bases)].map((b) => factsOf(c, b)));
  // Switching the guard off from the shell: a redirect into, or a command that changes, a hook configuration.
  for (const c of commands) {
    const name = c.argv[0] ? c.argv[0].slice(c.argv[0].lastIndexOf('/') + 1) : '';
    const touched = [...c.outputs, ...(MODIFIERS.has(name) || (name === 'sed' && c.argv.some((a) => a.startsWith('-i'))) ? c.argv.slice(1) : [])];
    for (const b of new Set(bases)) {
      const bad = touched.find((p) => HOOK_CONFIGS.test(at(b, p).split('\\').join('/')));
      if (bad) return { kind: 'deny', reason: `refused: ${bad} holds the agent's hooks, which the guard is one of; edit it yourself`, file: bad, primitive: 'hook-config' };
    }
  }
  const read = await readsDecision(
    call,
    ctx,
    facts.flatMap((f) => f.files),
    facts.flatMap((f) => f.folders),
    facts.some((f) => f.history),
    facts.flatMap((f) => f.env),
  );
  if (read) return read;
  const d = facts.find((f) => f.destroy)?.destroy;
  if (d) return hold(ctx, d.primitive ? `${d.primitive} (${d.id})` : d.id, line);
  // Code decoded at run time (`echo … | base64 -d | sh`, `eval "$(… | xxd -r -p)"`): the guard cannot
  // read what it runs, so a human looks at it first.
  const hidden = commands.find((c) => c.hidden)?.hidden;
  if (hidden) return hold(ctx, 'code decoded at run time', line, `held: ${hidden}, which the guard cannot read`);
  return { kind: 'allow' };
}

function describe(file: string, d: Danger): string {
  const rule = { ABR001: 'ABR001 root-credential', ABR002: 'ABR002 production-reach-from-non-production', ABR004: 'ABR004 backup-reach' }[d.rule] ?? d.rule;
  return `refused: ${file} holds a ${d.provider} ${d.tokenKind}${d.variable ? ` (${d.variable})` : ''} on line ${d.line} that fires ${rule}; the agent must not read it. Fix: ${d.fix}`;
}

async function dangersIn(abs: string, root: string, ctx: DecideContext): Promise<Danger[]> {
  let st: { mtimeMs: number; size: number };
  try {
    const s = statSync(abs);
    if (!s.isFile()) return [];
    st = s;
  } catch {
    return []; // a file that does not exist holds nothing; the read fails on its own
  }
  const hit = cachedVerdict(ctx.stateDir, abs, st.mtimeMs, st.size);
  if (hit) return hit.dangers;
  // A file the cache has not seen, or that changed: scanned now, offline (loads the detectors).
  const { fileVerdict } = await import('./verdict.js');
  return (await fileVerdict(abs, root, ctx.stateDir)).dangers;
}

async function readsDecision(call: ToolCall, ctx: DecideContext, files: string[], folders: string[], history: boolean, env: string[]): Promise<Decision | undefined> {
  for (const abs of new Set(files)) {
    const dangers = await dangersIn(abs, call.cwd, ctx);
    if (dangers.length) {
      const shown = shownPath(call.cwd, abs);
      return { kind: 'deny', reason: describe(shown, dangers[0]), rule: dangers[0].rule, file: shown };
    }
  }
  // Folder-wide reads (grep -r, rg, find -exec, a read tool on a folder) and history: the workspace
  // index says which files under them, and which places in git history, hold dangerous credentials.
  // `guard install` writes it; a workspace it does not cover yet is indexed now, offline.
  if (folders.length || history) {
    const indexes = await indexesFor(call.cwd, folders, history, ctx);
    for (const index of indexes) {
      const entries = Object.entries(index.files).map(([rel, ds]) => [join(index.root, rel), ds] as const);
      for (const folder of folders) {
        const hit = entries.find(([abs]) => abs === folder || abs.startsWith(`${folder}/`));
        if (hit)
          return {
            kind: 'deny',
            reason: `${describe(shownPath(call.cwd, hit[0]), hit[1][0])} (a read of ${shownPath(call.cwd, folder) || '.'} includes it)`,
            rule: hit[1][0].rule,
            file: shownPath(call.cwd, hit[0]),
          };
      }
      if (history && (call.cwd === index.root || call.cwd.startsWith(`${index.root}/`))) {
        const past = Object.entries(index.history ?? {})[0];
        if (past)
          return {
            kind: 'deny',
            reason: `${describe(shownPath(call.cwd, join(index.root, past[0])), past[1][0])} in git history, which this command prints`,
            rule: past[1][0].rule,
            file: shownPath(call.cwd, join(index.root, past[0])),
          };
        const tracked = await trackedOf(
          index.root,
          entries.map(([abs]) => abs),
        );
        const hit = entries.find(([abs]) => tracked.has(abs));
        if (hit)
          return {
            kind: 'deny',
            reason: `${describe(shownPath(call.cwd, hit[0]), hit[1][0])} (it is in git history, which this command prints)`,
            rule: hit[1][0].rule,
            file: shownPath(call.cwd, hit[0]),
          };
      }
    }
  }
  if (env.length) {
    const { environmentDangers } = await import('./verdict.js');
    const dangers = await environmentDangers(ctx.env);
    const hit = dangers.find((d) => env.includes('*') || (d.variable !== undefined && env.includes(d.variable)));
    if (hit) return { kind: 'deny', reason: describe('the inherited environment', hit), rule: hit.rule, file: hit.variable ? `env:${hit.variable}` : 'env' };
  }
  return undefined;
}

/** The git repository holding a folder, if any. (child_process loads only here: most calls never need git.) */
async function gitTop(dir: string): Promise<string | undefined> {
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync('git', ['-C', dir, 'rev-parse', '--show-toplevel'], { encoding: 'utf8', timeout: 5000 });
  return r.status === 0 && r.stdout.trim() ? r.stdout.trim() : undefined;
}

const within = (p: string, root: string) => p === root || p.startsWith(`${root}/`);

/**
 * The indexes covering a folder-wide read or a history command. A folder inside the call's workspace
 * (its git repository, else its folder) that no index covers is indexed on the spot; folders outside
 * it are not (a `grep -r` of `/` would scan the machine).
 */
async function indexesFor(cwd: string, folders: string[], history: boolean, ctx: DecideContext): Promise<WorkspaceIndex[]> {
  const indexes = allIndexes(ctx.stateDir);
  const workspace = (await gitTop(cwd)) ?? cwd;
  const uncovered = [...folders, ...(history ? [cwd] : [])].filter((p) => within(p, workspace) && !indexes.some((i) => within(p, i.root)));
  if (!uncovered.length) return indexes;
  const { folderDangers } = await import('./verdict.js');
  const { files, history: past } = await folderDangers(workspace, 10_000);
  const index: WorkspaceIndex = { root: workspace, time: new Date().toISOString(), files, history: past };
  writeIndex(ctx.stateDir, index);
  return [...indexes, index];
}

function shownPath(cwd: string, abs: string): string {
  const rel = relative(cwd, abs);
  return rel && !rel.startsWith('..') && !isAbsolute(rel) ? rel : abs;
}

async function trackedOf(root: string, files: string[]): Promise<Set<string>> {
  if (!files.length) return new Set();
  const { spawnSync } = await import('node:child_process');
  const r = spawnSync('git', ['-C', root, 'ls-files', '-z', '--', ...files.map((f) => relative(root, f))], { encoding: 'utf8', timeout: 5000 });
  if (r.status !== 0) return new Set();
  return new Set(
    r.stdout
      .split('\0')
      .filter(Boolean)
      .map((f) => join(root, f)),
  );
}

/** Every string inside a tool's input (MCP arguments, Cursor's JSON-string tool_input). */
function strings(v: unknown, out: string[] = []): string[] {
  if (typeof v === 'string') {
    out.push(v);
    if (/^\s*[{[]/.test(v)) {
      try {
        strings(JSON.parse(v), out);
      } catch {
        // not JSON
      }
    }
  } else if (Array.isArray(v)) for (const x of v) strings(x, out);
  else if (v && typeof v === 'object') for (const x of Object.values(v)) strings(x, out);
  return out;
}

async function mcpDecision(call: ToolCall, ctx: DecideContext): Promise<Decision> {
  const tool = call.mcp?.tool ?? call.tool;
  const server = call.mcp?.server ?? '';
  const values = strings(call.input);
  // A filesystem-like tool handed a path: the same read rule as the agent's own read tool.
  const files = values
    .filter((s) => s.length < 4096 && !s.includes('\n'))
    .map((s) => at(call.cwd, s))
    .filter((p) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    });
  const read = await readsDecision(call, ctx, files, [], false, []);
  if (read) return read;
  const joined = values.join('\n');
  const g = GRAPHQL_DESTROY_RE.exec(joined);
  const destroysByName = MCP_DESTROY_TOOL.test(tool) && (MCP_PROVIDER_SERVERS.test(server) || MCP_RESOURCE.test(tool));
  const sql = SQL_DESTROY.test(joined) && /sql|query|execute|db|database|postgres|mysql|supabase|neon/i.test(`${server} ${tool}`);
  if (destroysByName || g || sql) {
    const primitive = g ? g[1] : sql ? 'DROP/TRUNCATE' : `${server ? `${server} ` : ''}${tool}`;
    return hold(ctx, `${primitive} (MCP tool ${call.tool})`, `${call.tool}\n${JSON.stringify(call.input ?? null)}`);
  }
  return { kind: 'allow' };
}

/** Allowed once if a human approved this exact call; otherwise held with the code that approves it. */
function hold(ctx: DecideContext, primitive: string, exact: string, reason = `held: this call runs a destroy primitive, ${primitive}, that cannot be undone`): Decision {
  const hash = sha256(exact);
  if (consumeApproval(ctx.stateDir, hash)) return { kind: 'allow', note: `approved once by a human (${primitive})` };
  const code = codeOf(hash);
  return { kind: 'hold', primitive, hash, code, summary: exact, reason };
}
