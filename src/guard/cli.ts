// `agent-blast-radius guard …`: hook (what the agent runs), approve (a human, in a terminal), install,
// uninstall, status. Loaded on its own by bin.ts so a hook call does not pay for the scan's imports.
//
// Exit codes: hook 0 (the decision is on stdout) or 2 (refused: the guard could not decide, fail closed);
// other subcommands 0, or 2 on a usage error.
import { resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { AGENTS, type AgentName, answer, BadEvent, CAN_ASK, failClosed, parseEvent } from './adapters.js';
import { type Decision, decide, type ToolCall } from './decide.js';
import { configFile, installedIn, installHook, uninstallHook } from './install.js';
import { lastDecisions, listPending, logDecision, readPending, stateDir, writeApproval, writeIndex, writePending } from './state.js';

export interface GuardIo {
  stdout: (s: string) => void;
  stderr: (s: string) => void;
  env: NodeJS.ProcessEnv;
  /** The whole of stdin (hook). */
  readStdin: () => Promise<string>;
  /** Whether a human sits at an interactive terminal (approve refuses otherwise). */
  isInteractive: () => boolean;
  /** Asks a yes/no question on the terminal. */
  confirm: (question: string) => Promise<boolean>;
  cwd: string;
}

export const GUARD_HELP = `agent-blast-radius guard: stop a dangerous credential read or a destroy call before the agent makes it

Usage:
  agent-blast-radius guard install [--agent NAME…] [--scope project|user] [--command CMD] [path]
                                   merge the hook into each agent's config (claude, cursor, codex,
                                   gemini, copilot, windsurf, cline, or all; default all) and index
                                   the workspace
  agent-blast-radius guard uninstall [--agent NAME…] [--scope project|user] [path]
  agent-blast-radius guard status [path]     what is installed where, and the last decisions
  agent-blast-radius guard approve CODE     a human, in a terminal, approves one held call (10 minutes, once);
                                           without CODE, lists the held calls
  agent-blast-radius guard hook --agent NAME what the agent runs: one event on stdin, the decision on stdout

It refuses reads (read tools, cat/grep/sed/… in the shell, python -c/node -e code, env/printenv) of
files whose credentials are ABR001, ABR002 or ABR004; holds destroy primitives (railway volume delete,
terraform destroy, a curl with volumeDelete, DROP/TRUNCATE, an MCP delete tool …) and code decoded at
run time for a human: ask in Claude Code and Copilot CLI, a refusal naming \`guard approve CODE\`
elsewhere; allows the rest. Any error is a refusal. Offline always.
State (decision log, cache, approvals): $ABR_GUARD_STATE_DIR or $XDG_STATE_HOME/agent-blast-radius/guard.
`;

export async function guardMain(argv: string[], io: GuardIo): Promise<number> {
  const [sub, ...rest] = argv;
  if (!sub || sub === '--help' || sub === '-h' || sub === 'help') {
    io.stdout(GUARD_HELP);
    return sub ? 0 : 2;
  }
  if (sub === 'hook') return hookMain(rest, io);
  try {
    if (sub === 'approve') return await approveMain(rest, io);
    if (sub === 'install' || sub === 'uninstall') return await installMain(sub, rest, io);
    if (sub === 'status') return statusMain(rest, io);
  } catch (e) {
    io.stderr(`agent-blast-radius guard: ${e instanceof Error ? e.message.split('\n')[0] : String(e)}\n`);
    return 2;
  }
  io.stderr(`agent-blast-radius guard: unknown subcommand "${sub}"\nhint: run agent-blast-radius guard --help\n`);
  return 2;
}

/** One event in, one decision out; every failure is a refusal (exit 2), never an allow. */
export async function hookMain(argv: string[], io: GuardIo): Promise<number> {
  let agent: AgentName | string = 'unknown';
  let call: ToolCall | undefined;
  const dir = stateDir(io.env);
  const emit = (a: { stdout: string; stderr: string; exit: number }) => {
    if (a.stdout) io.stdout(a.stdout);
    if (a.stderr) io.stderr(a.stderr);
    return a.exit;
  };
  try {
    const { values } = parseArgs({ args: argv, options: { agent: { type: 'string' } }, strict: true });
    agent = values.agent ?? 'unknown';
    if (!(AGENTS as readonly string[]).includes(agent)) throw new BadEvent(`--agent must be one of ${AGENTS.join(', ')}`);
    call = parseEvent(agent as AgentName, await io.readStdin());
    const d: Decision = await withDeadline(decide(call, { stateDir: dir, env: io.env }), deadlineMs(io.env));
    if (d.kind === 'hold') writePending(dir, { code: d.code, hash: d.hash, agent, primitive: d.primitive, summary: await redacted(d.summary), created: Date.now() });
    log(dir, agent, call.tool, d);
    return emit(answer(agent as AgentName, call, d));
  } catch (e) {
    const why = e instanceof BadEvent ? e.message : `internal error: ${e instanceof Error ? e.name : 'unknown'}`;
    try {
      logDecision(dir, { time: new Date().toISOString(), agent, tool: call?.tool ?? 'unknown', decision: 'deny', reason: why });
    } catch {
      // the log is not worth an allow
    }
    return emit(failClosed(agent, why));
  }
}

/**
 * The guard answers well inside every agent's timeout: Copilot lets a hook that times out (30 s) pass,
 * so a decision not made in 20 s (a huge file scanned cold) is a refusal instead.
 */
const DEFAULT_DEADLINE_MS = 20_000;
const deadlineMs = (env: NodeJS.ProcessEnv) => {
  const n = Number(env.ABR_GUARD_DEADLINE_MS);
  return Number.isFinite(n) && n >= 0 && env.ABR_GUARD_DEADLINE_MS !== '' && env.ABR_GUARD_DEADLINE_MS !== undefined ? n : DEFAULT_DEADLINE_MS;
};

function withDeadline<T>(p: Promise<T>, ms: number): Promise<T> {
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(new BadEvent(`no decision within ${ms} ms`)), ms);
    timer.unref();
  });
  return Promise.race([p, late]).finally(() => clearTimeout(timer));
}

function log(dir: string, agent: string, tool: string, d: Decision): void {
  const base = { time: new Date().toISOString(), agent, tool };
  if (d.kind === 'allow') logDecision(dir, { ...base, decision: 'allow', ...(d.note ? { reason: d.note } : {}) });
  else if (d.kind === 'deny')
    logDecision(dir, { ...base, decision: 'deny', ...(d.rule ? { rule: d.rule } : {}), ...(d.file ? { file: d.file } : {}), ...(d.primitive ? { primitive: d.primitive } : {}) });
  else logDecision(dir, { ...base, decision: CAN_ASK.has(agent as AgentName) ? 'ask' : 'deny', primitive: d.primitive });
}

/** The command with every credential the detectors find replaced by its preview, cut to one short line. */
async function redacted(text: string): Promise<string> {
  const { detectText } = await import('../detect/text.js');
  let out = text;
  for (const f of detectText({ source: { path: 'command', origin: 'workspace' }, text })) out = out.split(f.secret).join(f.redacted);
  for (const f of detectText({ source: { path: 'command', origin: 'workspace' }, text })) for (const v of Object.values(f.parts)) if (v.length >= 6) out = out.split(v).join('…');
  // What no detector recognised out of context: the value of every NAME=value (an env prefix, --password=),
  // whatever follows a credential word (Bearer, token, password, -u user:pass), quoted values whole …
  const value = `('(?:[^'\\\\]|\\\\.)*'?|"(?:[^"\\\\]|\\\\.)*"?|\\S+)`;
  out = out.replace(new RegExp(`\\b([A-Za-z_][A-Za-z0-9_-]*=)${value}`, 'g'), '$1…');
  out = out.replace(new RegExp(`(\\b(?:bearer|basic|token|password|passwd|pwd|secret|api[-_]?key)\\b\\s*[:=]?\\s*|(?:^|\\s)(?:-u|--user|-p)\\s+)${value}`, 'gi'), '$1…');
  // … and every run of 8+ token characters that mixes letters and digits, and every run of 24+.
  out = out.replace(/[A-Za-z0-9+_~#$%!^&*=-]{8,}/g, (w) => (w.length >= 24 || (/[0-9]/.test(w) && /[A-Za-z]/.test(w)) ? '…' : w));
  out = out.replace(/\s+/g, ' ');
  return out.length > 300 ? `${out.slice(0, 300)}…` : out;
}

export async function approveMain(argv: string[], io: GuardIo): Promise<number> {
  if (!io.isInteractive()) {
    io.stderr('agent-blast-radius guard: approve needs an interactive terminal: a human runs it, not the agent\n');
    return 2;
  }
  const dir = stateDir(io.env);
  const [code] = argv;
  if (!code) {
    // The code the refusal showed is what binds the approval to one call: without it, list and stop.
    const held = listPending(dir);
    io.stderr(
      held.length
        ? `agent-blast-radius guard: give the code the refusal showed: guard approve CODE\nheld, waiting for approval:\n${held.map((p) => `  ${p.code}  ${p.agent}  ${p.primitive}\n    ${p.summary}`).join('\n')}\n`
        : 'agent-blast-radius guard: no held call in the last 10 minutes\n',
    );
    return 2;
  }
  const pending = readPending(dir, code);
  if (!pending || Date.now() - pending.created > 10 * 60 * 1000) {
    io.stderr(`agent-blast-radius guard: no held call with code ${code} in the last 10 minutes\n`);
    return 2;
  }
  io.stdout(`Held call from ${pending.agent}: ${pending.primitive}\n  ${pending.summary}\n`);
  if (!(await io.confirm(`Allow this exact call once, within 10 minutes? [y/N] `))) {
    io.stdout('Not approved.\n');
    return 1;
  }
  writeApproval(dir, pending.hash);
  io.stdout(`Approved once: ${pending.code}. Ask the agent to retry the identical call within 10 minutes.\n`);
  return 0;
}

async function installMain(sub: 'install' | 'uninstall', argv: string[], io: GuardIo): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    options: { agent: { type: 'string', multiple: true }, scope: { type: 'string', default: 'project' }, command: { type: 'string' }, 'no-index': { type: 'boolean' } },
    allowPositionals: true,
    strict: true,
  });
  const names = (values.agent ?? ['all']).flatMap((a) => a.split(','));
  const agents = names.includes('all') ? [...AGENTS] : names;
  for (const a of agents) if (!(AGENTS as readonly string[]).includes(a)) throw new Error(`--agent: "${a}" is not one of ${AGENTS.join(', ')}, all`);
  if (values.scope !== 'project' && values.scope !== 'user') throw new Error('--scope must be project or user');
  const root = resolve(io.cwd, positionals[0] ?? '.');
  const home = io.env.HOME ?? '';
  for (const a of agents as AgentName[]) {
    const file = configFile(a, values.scope, root, home);
    if (sub === 'uninstall') {
      io.stdout(uninstallHook(file) ? `removed the guard from ${file.path}\n` : `${file.path}: the guard was not installed\n`);
      continue;
    }
    const command = `${values.command ?? `"${process.execPath}" "${process.argv[1] ?? 'agent-blast-radius'}"`} guard hook --agent ${a}`;
    const text = installHook(file, command);
    io.stdout(`wrote ${file.path}:\n${text}`);
    if (a === 'codex') io.stdout('note: Codex runs a non-managed hook only once it is reviewed and trusted (hooks.md B2)\n');
    if (a === 'gemini') io.stdout('note: turned Gemini CLI hooks on (tools.enableHooks, hooksConfig.enabled; which one a version reads is UNCONFIRMED); uninstall leaves them on\n');
    if (a === 'windsurf') io.stdout('note: Windsurf blocks on exit 2 only and has no fail-closed option; its event fields come from secondary sources\n');
    if (a === 'cline') io.stdout('note: turn on "Enable Hooks" in Cline\'s settings; Cline runs the hook only after a tool call is approved (or auto-approved)\n');
    if (a === 'copilot') io.stdout('note: Copilot lets a hook that times out (30 s) pass; a crash denies\n');
  }
  if (sub === 'install' && !values['no-index']) {
    // The index tells folder-wide reads (grep -r, rg, git log -p) which files hold dangerous credentials.
    const { folderDangers } = await import('./verdict.js');
    const { files, history } = await folderDangers(root);
    writeIndex(stateDir(io.env), { root, time: new Date().toISOString(), files, history });
    io.stdout(`indexed ${root}: ${Object.keys(files).length} file(s) hold ABR001/ABR002/ABR004 credentials${Object.keys(files).length ? `: ${Object.keys(files).sort().join(', ')}` : ''}\n`);
    if (Object.keys(history).length) io.stdout(`  and its git history holds them at: ${Object.keys(history).sort().join(', ')}\n`);
  }
  return 0;
}

function statusMain(argv: string[], io: GuardIo): number {
  const root = resolve(io.cwd, argv[0] ?? '.');
  const home = io.env.HOME ?? '';
  for (const scope of ['project', 'user'] as const)
    for (const a of AGENTS) {
      const f = configFile(a, scope, root, home);
      io.stdout(`${a.padEnd(8)} ${scope.padEnd(8)} ${installedIn(f) ? 'installed    ' : 'not installed'} ${f.path}\n`);
    }
  const dir = stateDir(io.env);
  const pending = listPending(dir);
  if (pending.length) io.stdout(`\nheld, waiting for approval:\n${pending.map((p) => `  ${p.code}  ${p.agent}  ${p.primitive}`).join('\n')}\n`);
  const last = lastDecisions(dir, 20);
  io.stdout(`\nlast decisions (${dir}/decisions.jsonl):\n`);
  if (!last.length) io.stdout('  none yet\n');
  for (const d of last) io.stdout(`  ${d.time}  ${d.agent.padEnd(7)} ${d.tool.padEnd(18)} ${d.decision.padEnd(5)} ${[d.rule, d.file, d.primitive, d.reason].filter(Boolean).join('  ')}\n`);
  return 0;
}
