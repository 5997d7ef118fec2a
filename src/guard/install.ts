// `guard install` / `guard uninstall`: the guard's hook merged into each agent's own configuration file,
// idempotently, every other hook and setting kept; the agent's fail-closed option set where it has one.
import { chmodSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import type { AgentName } from './adapters.js';

type Json = Record<string, unknown>;
type Entry = Json & { hooks?: Json[] };

/** Our hook is recognised by this in its command, so install replaces it and uninstall finds it. */
export const MARK = 'guard hook --agent';

export interface ConfigFile {
  agent: AgentName;
  path: string;
}

/** The configuration file each agent reads, for a project folder or the user's home. */
export function configFile(agent: AgentName, scope: 'project' | 'user', root: string, home: string): ConfigFile {
  const base = scope === 'user' ? home : root;
  const rel: Record<AgentName, string> = {
    claude: '.claude/settings.json',
    cursor: '.cursor/hooks.json',
    codex: '.codex/hooks.json',
    gemini: '.gemini/settings.json',
    copilot: scope === 'user' ? '.copilot/hooks/agent-blast-radius.json' : '.github/hooks/agent-blast-radius.json',
    windsurf: scope === 'user' ? '.codeium/windsurf/hooks.json' : '.windsurf/hooks.json',
    // Cline runs an executable file named after the event, one per folder.
    cline: scope === 'user' ? 'Documents/Cline/Hooks/PreToolUse' : '.clinerules/hooks/PreToolUse',
  };
  return { agent, path: join(base, rel[agent]) };
}

const ours = (h: unknown): boolean => {
  const x = h as Json;
  return [x?.command, x?.bash].some((c) => typeof c === 'string' && c.includes(MARK));
};

/** Removes our handlers from one event's list (nested Claude-style or flat), dropping groups left empty. */
function without(list: unknown): Json[] {
  if (!Array.isArray(list)) return [];
  const out: Json[] = [];
  for (const item of list as Entry[]) {
    if (ours(item)) continue;
    if (Array.isArray(item?.hooks)) {
      const kept = item.hooks.filter((h) => !ours(h));
      if (!kept.length) continue;
      out.push({ ...item, hooks: kept });
    } else out.push(item);
  }
  return out;
}

/** The events and handler shape each agent takes (hooks.md B2). */
function handlers(agent: AgentName, command: string): Record<string, Json[]> {
  switch (agent) {
    case 'claude':
      // onFailure "block" (Claude Code ≥2.1.295): a crash or timeout of the hook blocks instead of passing.
      return { PreToolUse: [{ matcher: '*', hooks: [{ type: 'command', command, timeout: 30, onFailure: 'block' }] }] };
    case 'codex':
      // Codex has no fail-closed option; its matchers are regular expressions.
      return { PreToolUse: [{ matcher: '.*', hooks: [{ type: 'command', command, timeout: 30 }] }] };
    case 'gemini':
      return { BeforeTool: [{ matcher: '.*', hooks: [{ type: 'command', command, name: 'agent-blast-radius guard', timeout: 30000 }] }] };
    case 'cursor': {
      // failClosed [S]: a crash or timeout blocks instead of passing. preToolUse [P event] sees every tool
      // (writes, Grep, Delete …) that the three specific events do not.
      const h = { command, timeout: 30, failClosed: true };
      return { beforeShellExecution: [h], beforeReadFile: [h], beforeMCPExecution: [h], preToolUse: [h] };
    }
    case 'copilot':
      // camelCase event: stdin carries toolName/toolArgs. Crashes deny; timeouts pass (not configurable).
      return { preToolUse: [{ type: 'command', bash: command, timeoutSec: 30 }] };
    case 'windsurf': {
      // show_output [P]: the refusal (and its approve code) is shown to the user. No fail-closed option.
      const h = { command, show_output: true };
      return { pre_read_code: [h], pre_run_command: [h], pre_mcp_tool_use: [h], pre_write_code: [h] };
    }
    case 'cline':
      return {};
  }
}

/** Cline's hook is a script of its own, not a JSON entry. */
function clineScript(command: string): string {
  return `#!/bin/sh\n# agent-blast-radius guard: Cline's PreToolUse hook, written by \`agent-blast-radius guard install --agent cline\`.\nexec ${command}\n`;
}

function installCline(file: ConfigFile, command: string): string {
  if (existsSync(file.path) && !readFileSync(file.path, 'utf8').includes(MARK))
    throw new Error(`${file.path} holds another PreToolUse hook and Cline runs one file per folder: add \`${command}\` to it yourself, or install with --scope user`);
  const text = clineScript(command);
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, text, { mode: 0o755 });
  chmodSync(file.path, 0o755);
  return text;
}

function readConfig(path: string): Json {
  if (!existsSync(path)) return {};
  const text = readFileSync(path, 'utf8');
  if (!text.trim()) return {};
  const v = JSON.parse(text) as unknown;
  if (!v || typeof v !== 'object' || Array.isArray(v)) throw new Error(`${path} is not a JSON object`);
  return v as Json;
}

/** Merges our hook into the file; returns the text written. Running it twice writes the same file. */
export function installHook(file: ConfigFile, command: string): string {
  if (file.agent === 'cline') return installCline(file, command);
  const cfg = readConfig(file.path);
  const hooks = (cfg.hooks && typeof cfg.hooks === 'object' ? { ...(cfg.hooks as Json) } : {}) as Json;
  for (const [event, list] of Object.entries(handlers(file.agent, command))) hooks[event] = [...without(hooks[event]), ...list];
  const next: Json = { ...cfg, hooks };
  if (file.agent === 'gemini') {
    // Gemini CLI runs hooks only when they are switched on in some versions (hooks.md B2: `tools.enableHooks`;
    // gemini-cli docs/hooks: `hooksConfig.enabled` on the stable channel). Both are set; other keys are kept.
    const obj = (v: unknown) => (v && typeof v === 'object' && !Array.isArray(v) ? (v as Json) : {});
    next.tools = { ...obj(cfg.tools), enableHooks: true };
    next.hooksConfig = { ...obj(cfg.hooksConfig), enabled: true };
  }
  if ((file.agent === 'cursor' || file.agent === 'copilot') && next.version === undefined) next.version = 1;
  const text = `${JSON.stringify(next, null, 2)}\n`;
  mkdirSync(dirname(file.path), { recursive: true });
  writeFileSync(file.path, text);
  return text;
}

/** Removes our hook; returns whether the file held it. A file left with nothing of its own is deleted only if we made it alone. */
export function uninstallHook(file: ConfigFile): boolean {
  if (!existsSync(file.path)) return false;
  if (file.agent === 'cline') {
    if (!readFileSync(file.path, 'utf8').includes(MARK)) return false;
    rmSync(file.path);
    return true;
  }
  const cfg = readConfig(file.path);
  if (!isInstalled(cfg)) return false;
  const hooks = { ...(cfg.hooks as Json) };
  for (const event of Object.keys(hooks)) {
    const kept = without(hooks[event]);
    if (kept.length) hooks[event] = kept;
    else delete hooks[event];
  }
  const next: Json = { ...cfg, hooks };
  if (!Object.keys(hooks).length) delete next.hooks;
  const rest = Object.keys(next).filter((k) => k !== 'version');
  if (!rest.length && file.agent === 'copilot') rmSync(file.path);
  else writeFileSync(file.path, `${JSON.stringify(next, null, 2)}\n`);
  return true;
}

function isInstalled(cfg: Json): boolean {
  const hooks = cfg.hooks;
  if (!hooks || typeof hooks !== 'object') return false;
  return Object.values(hooks as Json).some((list) => Array.isArray(list) && (list as Entry[]).some((e) => ours(e) || (Array.isArray(e?.hooks) && e.hooks.some(ours))));
}

export function installedIn(file: ConfigFile): boolean {
  try {
    if (file.agent === 'cline') return existsSync(file.path) && readFileSync(file.path, 'utf8').includes(MARK);
    return isInstalled(readConfig(file.path));
  } catch {
    return false;
  }
}
