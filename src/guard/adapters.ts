// Each agent's hook contract (../shared/agents/hooks.md, vendored facts in the README's Guard section):
// how its event reads, and how a decision is answered on stdout and in the exit code.
import type { Decision, ToolCall } from './decide.js';

export const AGENTS = ['claude', 'codex', 'gemini', 'copilot', 'cursor', 'windsurf', 'cline'] as const;
export type AgentName = (typeof AGENTS)[number];

/** Agents whose hooks can ask their user (Claude Code's and Copilot CLI's `ask`). */
export const CAN_ASK: ReadonlySet<AgentName> = new Set(['claude', 'copilot']);

export interface HookAnswer {
  stdout: string;
  stderr: string;
  exit: number;
}

export class BadEvent extends Error {}

type Json = Record<string, unknown>;

const obj = (v: unknown, what: string): Json => {
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new BadEvent(`${what} is not a JSON object`);
  return v as Json;
};
const str = (v: unknown): string | undefined => (typeof v === 'string' ? v : undefined);

function mcpName(name: string): { server?: string; tool: string } | undefined {
  const m = /^mcp__(.+?)__(.+)$/.exec(name);
  return m ? { server: m[1], tool: m[2] } : undefined;
}

/** Tool names of Claude Code, Codex and Gemini CLI (and Copilot's PascalCase form), by what the tool does. */
function byToolName(agent: string, name: string, input: Json, cwd: string): ToolCall {
  const base = { agent, tool: name, input, cwd };
  const mcp = mcpName(name);
  if (mcp) return { ...base, kind: 'mcp', mcp };
  const n = name.toLowerCase();
  const path = str(input.file_path) ?? str(input.absolute_path) ?? str(input.path) ?? str(input.notebook_path);
  if (input.command !== undefined && /bash|shell|exec|command|terminal|powershell|run/.test(n)) {
    const c = input.command;
    if (typeof c !== 'string' && !(Array.isArray(c) && c.every((x) => typeof x === 'string'))) throw new BadEvent(`${name}: command is neither a string nor a list of strings`);
    const dir = str(input.dir_path) ?? str(input.directory) ?? str(input.workdir) ?? str(input.cwd);
    return { ...base, kind: 'shell', command: c, cwd: dir ? (dir.startsWith('/') ? dir : `${cwd}/${dir}`) : cwd };
  }
  if (['read', 'view', 'read_file', 'notebookread', 'cat'].includes(n)) {
    if (!path) throw new BadEvent(`${name}: no file path in the event`);
    return { ...base, kind: 'read', paths: [path] };
  }
  if (n === 'read_many_files') return { ...base, kind: 'read', paths: Array.isArray(input.paths) ? input.paths.filter((p): p is string => typeof p === 'string') : [] };
  if (['grep', 'search_file_content', 'grep_search', 'rg', 'search'].includes(n)) return { ...base, kind: 'search', paths: [path ?? str(input.dir_path) ?? '.'] };
  if (['edit', 'write', 'multiedit', 'notebookedit', 'write_file', 'replace', 'create', 'str_replace_editor', 'apply_patch', 'edit_file'].includes(n)) {
    const patch = str(input.input) ?? str(input.patch) ?? '';
    const patched = [...patch.matchAll(/^\*\*\* (?:Add|Update|Delete) File: (.+)$/gm)].map((m) => m[1]);
    return { ...base, kind: 'write', paths: [...(path ? [path] : []), ...patched] };
  }
  return { ...base, kind: 'other' };
}

/** Reads one agent's event into a ToolCall. Throws BadEvent on anything it does not recognise. */
export function parseEvent(agent: AgentName, raw: string): ToolCall {
  let ev: Json;
  try {
    ev = obj(JSON.parse(raw), 'the event');
  } catch (e) {
    if (e instanceof BadEvent) throw e;
    throw new BadEvent('the event on stdin is not valid JSON');
  }
  const cwd = str(ev.cwd) ?? (Array.isArray(ev.workspace_roots) ? str(ev.workspace_roots[0]) : undefined) ?? process.cwd();
  const event = str(ev.hook_event_name);
  switch (agent) {
    case 'claude':
    case 'codex':
      if (event !== 'PreToolUse') throw new BadEvent(`unknown event ${JSON.stringify(event ?? null)} (expected PreToolUse)`);
      return byToolName(agent, need(str(ev.tool_name), 'tool_name'), obj(ev.tool_input ?? {}, 'tool_input'), cwd);
    case 'gemini':
      if (event !== 'BeforeTool') throw new BadEvent(`unknown event ${JSON.stringify(event ?? null)} (expected BeforeTool)`);
      return byToolName(agent, need(str(ev.tool_name), 'tool_name'), obj(ev.tool_input ?? {}, 'tool_input'), cwd);
    case 'copilot': {
      // camelCase config events send toolName/toolArgs (a JSON string); PascalCase ones send Claude's names.
      if (ev.toolName !== undefined) {
        const args = typeof ev.toolArgs === 'string' ? parseArgs(ev.toolArgs) : obj(ev.toolArgs ?? {}, 'toolArgs');
        return byToolName(agent, need(str(ev.toolName), 'toolName'), args, cwd);
      }
      if (event !== undefined && event !== 'PreToolUse' && event !== 'preToolUse') throw new BadEvent(`unknown event ${JSON.stringify(event)}`);
      return byToolName(agent, need(str(ev.tool_name), 'tool_name'), obj(ev.tool_input ?? {}, 'tool_input'), cwd);
    }
    case 'cursor': {
      const base = { agent, input: ev, cwd };
      if (event === 'beforeShellExecution') return { ...base, tool: 'shell', kind: 'shell', command: need(str(ev.command), 'command') };
      if (event === 'beforeReadFile') return { ...base, tool: 'read', kind: 'read', paths: [need(str(ev.file_path), 'file_path')] };
      if (event === 'beforeMCPExecution') {
        const tool = need(str(ev.tool_name), 'tool_name');
        return { ...base, tool, kind: 'mcp', mcp: mcpName(tool) ?? { server: str(ev.server) ?? str(ev.url) ?? str(ev.command), tool }, input: ev.tool_input };
      }
      if (event === 'preToolUse') {
        const input = typeof ev.tool_input === 'string' ? parseArgs(ev.tool_input) : obj(ev.tool_input ?? {}, 'tool_input');
        const tool = need(str(ev.tool_name), 'tool_name');
        try {
          return byToolName(agent, tool, input, cwd);
        } catch (e) {
          // Cursor's tool input fields are unconfirmed: a read tool whose path field is not one we know is
          // checked on every string it carries (an existing file among them is a read like any other).
          if (e instanceof BadEvent && /no file path/.test(e.message)) return { agent, tool, input, cwd, kind: 'other' };
          throw e;
        }
      }
      throw new BadEvent(`unknown event ${JSON.stringify(event ?? null)}`);
    }
    case 'windsurf': {
      // Cascade's envelope (hooks.md B2; the tool_info fields are from secondary sources): agent_action_name
      // and tool_info. Anything else is refused, and Windsurf blocks on exit 2.
      const action = str(ev.agent_action_name);
      const info = obj(ev.tool_info ?? {}, 'tool_info');
      const base = { agent, input: info, cwd: str(info.cwd) ?? cwd };
      if (action === 'pre_run_command') return { ...base, tool: 'run_command', kind: 'shell', command: need(str(info.command_line), 'tool_info.command_line') };
      if (action === 'pre_read_code') return { ...base, tool: 'read_code', kind: 'read', paths: [need(str(info.file_path), 'tool_info.file_path')] };
      if (action === 'pre_write_code') return { ...base, tool: 'write_code', kind: 'write', paths: [need(str(info.file_path), 'tool_info.file_path')] };
      if (action === 'pre_mcp_tool_use') {
        const tool = need(str(info.mcp_tool_name), 'tool_info.mcp_tool_name');
        const server = str(info.mcp_server_name);
        return { ...base, tool: `mcp__${server ?? ''}__${tool}`, kind: 'mcp', mcp: { server, tool }, input: info.mcp_tool_arguments ?? {} };
      }
      throw new BadEvent(`unknown event ${JSON.stringify(action ?? null)} (expected pre_run_command, pre_read_code, pre_write_code or pre_mcp_tool_use)`);
    }
    case 'cline': {
      // Cline's PreToolUse file hook [P cline/cline .clinerules/hooks/README.md, docs/customization/hooks.mdx]:
      // preToolUse.{toolName|tool, parameters}; Cline's own tool names (execute_command, read_file …).
      const hook = str(ev.hookName);
      if (hook !== undefined && hook !== 'PreToolUse') throw new BadEvent(`unknown event ${JSON.stringify(hook)} (expected PreToolUse)`);
      const pre = obj(ev.preToolUse, 'preToolUse');
      const tool = need(str(pre.toolName) ?? str(pre.tool), 'preToolUse.toolName');
      const params = obj(pre.parameters ?? {}, 'preToolUse.parameters');
      const root = (Array.isArray(ev.workspaceRoots) ? str(ev.workspaceRoots[0]) : undefined) ?? str(ev.workspacePath) ?? cwd;
      const base = { agent, tool, input: params, cwd: root };
      const path = str(params.path);
      switch (tool) {
        case 'execute_command':
          return { ...base, kind: 'shell', command: need(str(params.command), 'parameters.command') };
        case 'read_file':
          return { ...base, kind: 'read', paths: [need(path, 'parameters.path')] };
        case 'search_files':
          return { ...base, kind: 'search', paths: [path ?? '.'] };
        case 'write_to_file':
        case 'replace_in_file':
          return { ...base, kind: 'write', paths: path ? [path] : [] };
        case 'use_mcp_tool': {
          const args = str(params.arguments);
          return { ...base, kind: 'mcp', mcp: { server: str(params.server_name), tool: need(str(params.tool_name), 'parameters.tool_name') }, input: args ? parseArgs(args) : params };
        }
        default:
          return byToolName(agent, tool, params, root);
      }
    }
  }
}

function need(v: string | undefined, field: string): string {
  if (v === undefined) throw new BadEvent(`the event has no ${field}`);
  return v;
}

function parseArgs(s: string): Json {
  try {
    return obj(JSON.parse(s), 'the tool arguments');
  } catch (e) {
    if (e instanceof BadEvent) throw e;
    throw new BadEvent('the tool arguments are not valid JSON');
  }
}

/** The approve instruction a refusal carries where the agent cannot ask its user. */
export function approveHint(code: string): string {
  return `A human must approve it: run \`npx agent-blast-radius guard approve ${code}\` in your own terminal (not through the agent), then retry the identical call within 10 minutes.`;
}

/** One decision in the agent's contract. */
export function answer(agent: AgentName, event: ToolCall | undefined, d: Decision): HookAnswer {
  const prefix = 'agent-blast-radius guard: ';
  if (d.kind === 'allow') {
    // No opinion: the agent's own permission rules and prompts still apply (a hook "allow" would skip them).
    return { stdout: agent === 'cursor' ? '{"permission":"allow"}\n' : agent === 'cline' ? '{"cancel":false}\n' : '', stderr: '', exit: 0 };
  }
  const ask = d.kind === 'hold' && CAN_ASK.has(agent);
  const reason =
    prefix +
    (d.kind === 'hold' ? `${d.reason}. ${ask ? `Confirm only if you mean it. (Where this agent cannot ask, e.g. Copilot's cloud agent: ${approveHint(d.code)})` : approveHint(d.code)}` : d.reason);
  switch (agent) {
    case 'claude':
    case 'codex':
      return {
        stdout: `${JSON.stringify({ hookSpecificOutput: { hookEventName: 'PreToolUse', permissionDecision: ask ? 'ask' : 'deny', permissionDecisionReason: reason } })}\n`,
        stderr: '',
        exit: 0,
      };
    case 'gemini':
      return { stdout: `${JSON.stringify({ decision: 'deny', reason })}\n`, stderr: '', exit: 0 };
    case 'copilot':
      return { stdout: `${JSON.stringify({ permissionDecision: ask ? 'ask' : 'deny', permissionDecisionReason: reason })}\n`, stderr: '', exit: 0 };
    case 'cursor':
      // beforeReadFile accepts `permission` only [S].
      if (event?.tool === 'read' && event.kind === 'read' && (event.input as Json)?.hook_event_name === 'beforeReadFile') return { stdout: '{"permission":"deny"}\n', stderr: `${reason}\n`, exit: 0 };
      return { stdout: `${JSON.stringify({ permission: 'deny', user_message: reason, agent_message: reason })}\n`, stderr: '', exit: 0 };
    case 'windsurf':
      // Exit 2 blocks a pre-hook [P]; what is on stderr is shown with `show_output` [P].
      return { stdout: '', stderr: `${reason}\n`, exit: 2 };
    case 'cline':
      return { stdout: `${JSON.stringify({ cancel: true, errorMessage: reason })}\n`, stderr: '', exit: 0 };
  }
}

/** Fail closed: any error is a refusal, exit 2 with one line on stderr (every contract blocks on it). */
export function failClosed(agent: AgentName | string, why: string): HookAnswer {
  const line = `agent-blast-radius guard: refused (the guard could not decide: ${why.split('\n')[0].slice(0, 300)})`;
  if (agent === 'cursor') return { stdout: `${JSON.stringify({ permission: 'deny', user_message: line, agent_message: line })}\n`, stderr: `${line}\n`, exit: 2 };
  // Cline's contract is `cancel` on stdout (what a non-zero exit does there is not documented): both.
  if (agent === 'cline') return { stdout: `${JSON.stringify({ cancel: true, errorMessage: line })}\n`, stderr: `${line}\n`, exit: 2 };
  return { stdout: '', stderr: `${line}\n`, exit: 2 };
}
