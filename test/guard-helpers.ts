// Shared by the guard's tests: a temporary workspace with a root credential in it, a temporary HOME and
// state dir (the real ones are never written), events in each agent's documented shape
// (hooks.md B2, summarised in the README's Guard section), and the built `guard hook` process.
import { spawnSync } from 'node:child_process';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as fake from '../src/detect/fake.js';
import type { GuardIo } from '../src/guard/cli.js';
import { BIN, workspace } from './helpers.js';

/** Built from parts at run time: an account-scoped Railway token (ABR001) and a production Redis URL (ABR001). */
export function dangerousWorkspace() {
  const railway = fake.uuid();
  const redisPassword = fake.password(24);
  const root = workspace({
    'scripts/old/helpers.sh': `#!/usr/bin/env bash\nexport RAILWAY_API_TOKEN=${railway}\nrailway run node backfill.js\n`,
    'services/cache.js': `export const url = process.env.REDIS_URL ?? 'redis://default:${redisPassword}@redis-prod.example.internal:6379';\n`,
    'README.md': '# demo\nnothing secret here\n',
    'src/app.js': 'console.log("hello")\n',
    'body.json': '{"query":"mutation { volumeDelete(volumeId: \\"v1\\") }"}\n',
  });
  return { root, secrets: [railway, redisPassword], railway };
}

export function tempEnv(): { HOME: string; ABR_GUARD_STATE_DIR: string } {
  const home = mkdtempSync(join(tmpdir(), 'abr-home-'));
  return { HOME: home, ABR_GUARD_STATE_DIR: join(home, 'state') };
}

export interface HookRun {
  code: number | null;
  stdout: string;
  stderr: string;
  json: Record<string, unknown> | undefined;
}

/** Runs `node dist/src/bin.js guard hook --agent AGENT` with the event on stdin. */
export function hook(agent: string, event: unknown, env: NodeJS.ProcessEnv, cwd: string): HookRun {
  const input = typeof event === 'string' ? event : JSON.stringify(event);
  const r = spawnSync(process.execPath, [BIN, 'guard', 'hook', '--agent', agent], { input, encoding: 'utf8', cwd, env: { PATH: process.env.PATH, ...env } });
  let json: Record<string, unknown> | undefined;
  try {
    json = r.stdout.trim() ? (JSON.parse(r.stdout) as Record<string, unknown>) : undefined;
  } catch {
    json = undefined;
  }
  return { code: r.status, stdout: r.stdout, stderr: r.stderr, json };
}

/** Events in each agent's documented PreToolUse shape. */
export const events = {
  claude: {
    bash: (cwd: string, command: string) => ({
      session_id: 's',
      transcript_path: '/tmp/t',
      cwd,
      permission_mode: 'default',
      hook_event_name: 'PreToolUse',
      tool_name: 'Bash',
      tool_input: { command },
      tool_use_id: 'u1',
    }),
    read: (cwd: string, file_path: string) => ({ session_id: 's', cwd, hook_event_name: 'PreToolUse', tool_name: 'Read', tool_input: { file_path }, tool_use_id: 'u2' }),
    mcp: (cwd: string, tool_name: string, tool_input: unknown) => ({ session_id: 's', cwd, hook_event_name: 'PreToolUse', tool_name, tool_input, tool_use_id: 'u3' }),
    write: (cwd: string, file_path: string) => ({ session_id: 's', cwd, hook_event_name: 'PreToolUse', tool_name: 'Write', tool_input: { file_path, content: '{}' } }),
  },
  codex: {
    bash: (cwd: string, command: string | string[]) => ({
      session_id: 's',
      turn_id: 't',
      transcript_path: null,
      cwd,
      hook_event_name: 'PreToolUse',
      model: 'gpt-5',
      permission_mode: 'default',
      tool_name: 'Bash',
      tool_input: { command },
      tool_use_id: 'c1',
    }),
    mcp: (cwd: string, tool_name: string, tool_input: unknown) => ({ session_id: 's', turn_id: 't', cwd, hook_event_name: 'PreToolUse', tool_name, tool_input, tool_use_id: 'c2' }),
  },
  gemini: {
    shell: (cwd: string, command: string) => ({
      session_id: 's',
      transcript_path: '/tmp/t',
      cwd,
      hook_event_name: 'BeforeTool',
      timestamp: '2026-04-25T10:00:00Z',
      tool_name: 'run_shell_command',
      tool_input: { command },
    }),
    read: (cwd: string, file_path: string) => ({ session_id: 's', cwd, hook_event_name: 'BeforeTool', timestamp: '2026-04-25T10:00:00Z', tool_name: 'read_file', tool_input: { file_path } }),
    mcp: (cwd: string, tool_name: string, tool_input: unknown) => ({ session_id: 's', cwd, hook_event_name: 'BeforeTool', tool_name, tool_input, mcp_context: {} }),
  },
  copilot: {
    // camelCase event names: toolName and toolArgs (a JSON string).
    bash: (cwd: string, command: string) => ({ sessionId: 's', timestamp: 1714000000000, cwd, toolName: 'bash', toolArgs: JSON.stringify({ command }) }),
    view: (cwd: string, path: string) => ({ sessionId: 's', timestamp: 1714000000000, cwd, toolName: 'view', toolArgs: JSON.stringify({ path }) }),
    // PascalCase PreToolUse: Claude's names.
    pascalBash: (cwd: string, command: string) => ({ hook_event_name: 'PreToolUse', session_id: 's', cwd, tool_name: 'Bash', tool_input: { command } }),
  },
  cursor: {
    shell: (cwd: string, command: string) => ({ hook_event_name: 'beforeShellExecution', conversation_id: 'c', generation_id: 'g', workspace_roots: [cwd], command, cwd }),
    read: (cwd: string, file_path: string) => ({ hook_event_name: 'beforeReadFile', conversation_id: 'c', generation_id: 'g', workspace_roots: [cwd], file_path, content: '', attachments: [] }),
    mcp: (cwd: string, tool_name: string, tool_input: unknown) => ({
      hook_event_name: 'beforeMCPExecution',
      conversation_id: 'c',
      generation_id: 'g',
      workspace_roots: [cwd],
      tool_name,
      tool_input: JSON.stringify(tool_input),
    }),
  },
  // Windsurf (Cascade): agent_action_name + tool_info; the tool_info fields are from secondary sources (hooks.md B2).
  windsurf: {
    command: (cwd: string, command_line: string) => ({
      agent_action_name: 'pre_run_command',
      trajectory_id: 't',
      execution_id: 'e',
      timestamp: '2026-04-25T10:00:00Z',
      tool_info: { command_line, cwd },
    }),
    read: (file_path: string) => ({ agent_action_name: 'pre_read_code', trajectory_id: 't', execution_id: 'e', timestamp: '2026-04-25T10:00:00Z', tool_info: { file_path } }),
    mcp: (server: string, tool: string, args: unknown) => ({
      agent_action_name: 'pre_mcp_tool_use',
      trajectory_id: 't',
      execution_id: 'e',
      timestamp: '2026-04-25T10:00:00Z',
      tool_info: { mcp_server_name: server, mcp_tool_name: tool, mcp_tool_arguments: args },
    }),
    write: (file_path: string) => ({ agent_action_name: 'pre_write_code', trajectory_id: 't', execution_id: 'e', timestamp: '2026-04-25T10:00:00Z', tool_info: { file_path, edits: [] } }),
  },
  // Cline: the PreToolUse file hook's stdin (cline/cline .clinerules/hooks/README.md), with Cline's tool names.
  cline: {
    tool: (cwd: string, toolName: string, parameters: Record<string, string>) => ({
      clineVersion: '3.40.0',
      hookName: 'PreToolUse',
      timestamp: '2026-04-25T10:00:00Z',
      taskId: 'task-1',
      workspaceRoots: [cwd],
      userId: 'u',
      preToolUse: { toolName, parameters },
    }),
  },
};

/** An in-process GuardIo: collects output, feeds stdin, and fakes the terminal check. */
export function memoryIo(env: NodeJS.ProcessEnv, cwd: string, opts: { stdin?: string; interactive?: boolean; yes?: boolean } = {}) {
  const out = { stdout: '', stderr: '' };
  const io: GuardIo = {
    stdout: (s) => {
      out.stdout += s;
    },
    stderr: (s) => {
      out.stderr += s;
    },
    env,
    cwd,
    readStdin: async () => opts.stdin ?? '',
    isInteractive: () => opts.interactive ?? false,
    confirm: async () => opts.yes ?? true,
  };
  return { io, out };
}
