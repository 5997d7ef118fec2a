// `guard install` / `uninstall` / `status` on existing configuration files with other hooks and
// settings in them: merged idempotently, everything else kept, fail-closed options set.
import { existsSync, mkdirSync, readFileSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardMain } from '../src/guard/cli.js';
import { dangerousWorkspace, memoryIo, tempEnv } from './guard-helpers.js';

const put = (path: string, v: unknown) => {
  mkdirSync(dirname(path), { recursive: true });
  writeFileSync(path, `${JSON.stringify(v, null, 2)}\n`);
};
const get = (path: string) => JSON.parse(readFileSync(path, 'utf8'));

const OTHER_CLAUDE = { matcher: 'Bash', hooks: [{ type: 'command', command: './scripts/lint-bash.sh' }] };

function existing(root: string) {
  put(join(root, '.claude/settings.json'), {
    permissions: { deny: ['Read(.env)'] },
    model: 'opus',
    hooks: { PreToolUse: [OTHER_CLAUDE], PostToolUse: [{ matcher: 'Edit', hooks: [{ type: 'command', command: 'prettier --write' }] }] },
  });
  put(join(root, '.cursor/hooks.json'), { version: 1, hooks: { beforeShellExecution: [{ command: './audit.sh' }], afterFileEdit: [{ command: './fmt.sh' }] } });
  put(join(root, '.codex/hooks.json'), { hooks: { PreToolUse: [{ matcher: '^Bash$', hooks: [{ type: 'command', command: 'other-guard' }] }] } });
  put(join(root, '.gemini/settings.json'), {
    theme: 'dark',
    tools: { sandbox: 'docker' },
    hooks: { BeforeTool: [{ matcher: 'write_file', hooks: [{ type: 'command', command: 'check-write' }] }] },
  });
  put(join(root, '.windsurf/hooks.json'), { hooks: { pre_run_command: [{ command: './audit.sh', show_output: false }], post_write_code: [{ command: './fmt.sh' }] } });
  put(join(root, '.github/hooks/team.json'), { version: 1, hooks: { preToolUse: [{ type: 'command', bash: './team-policy.sh' }] } });
}

const FILES = [
  '.claude/settings.json',
  '.cursor/hooks.json',
  '.codex/hooks.json',
  '.gemini/settings.json',
  '.github/hooks/agent-blast-radius.json',
  '.windsurf/hooks.json',
  '.clinerules/hooks/PreToolUse',
];

describe('guard install', () => {
  it('merges into every agent config, keeps other hooks and settings, and is idempotent', async () => {
    const { root } = dangerousWorkspace();
    const env = tempEnv();
    existing(root);
    const run = async (args: string[]) => {
      const { io, out } = memoryIo(env, root);
      const code = await guardMain(args, io);
      return { code, ...out };
    };
    const first = await run(['install', '--agent', 'all', '--command', 'npx agent-blast-radius', '.']);
    expect(first.code, first.stderr).toBe(0);
    expect(first.stdout).toContain(join(root, '.claude/settings.json'));
    expect(first.stdout).toMatch(/indexed .*2 file\(s\) hold/);
    const snapshot = FILES.map((f) => readFileSync(join(root, f), 'utf8'));
    await run(['install', '--agent', 'all', '--command', 'npx agent-blast-radius', '.']);
    expect(FILES.map((f) => readFileSync(join(root, f), 'utf8'))).toEqual(snapshot);

    const claude = get(join(root, '.claude/settings.json'));
    expect(claude.permissions).toEqual({ deny: ['Read(.env)'] });
    expect(claude.model).toBe('opus');
    expect(claude.hooks.PostToolUse).toHaveLength(1);
    expect(claude.hooks.PreToolUse).toEqual([
      OTHER_CLAUDE,
      { matcher: '*', hooks: [{ type: 'command', command: 'npx agent-blast-radius guard hook --agent claude', timeout: 30, onFailure: 'block' }] },
    ]);

    const cursor = get(join(root, '.cursor/hooks.json'));
    expect(cursor.hooks.afterFileEdit).toEqual([{ command: './fmt.sh' }]);
    expect(cursor.hooks.beforeShellExecution).toEqual([{ command: './audit.sh' }, { command: 'npx agent-blast-radius guard hook --agent cursor', timeout: 30, failClosed: true }]);
    expect(cursor.hooks.beforeReadFile[0].failClosed).toBe(true);
    expect(cursor.hooks.preToolUse).toEqual([{ command: 'npx agent-blast-radius guard hook --agent cursor', timeout: 30, failClosed: true }]);

    expect(get(join(root, '.codex/hooks.json')).hooks.PreToolUse).toHaveLength(2);
    const gemini = get(join(root, '.gemini/settings.json'));
    expect(gemini.theme).toBe('dark');
    // Hooks switched on under both names Gemini CLI versions read; the other tools settings kept.
    expect(gemini.tools).toEqual({ sandbox: 'docker', enableHooks: true });
    expect(gemini.hooksConfig).toEqual({ enabled: true });
    expect(gemini.hooks.BeforeTool.map((e: { hooks: Array<{ command: string }> }) => e.hooks[0].command)).toEqual(['check-write', 'npx agent-blast-radius guard hook --agent gemini']);
    expect(get(join(root, '.github/hooks/agent-blast-radius.json'))).toEqual({
      version: 1,
      hooks: { preToolUse: [{ type: 'command', bash: 'npx agent-blast-radius guard hook --agent copilot', timeoutSec: 30 }] },
    });

    expect(get(join(root, '.github/hooks/team.json')).hooks.preToolUse).toEqual([{ type: 'command', bash: './team-policy.sh' }]);
    const windsurf = get(join(root, '.windsurf/hooks.json'));
    expect(windsurf.hooks.post_write_code).toEqual([{ command: './fmt.sh' }]);
    expect(windsurf.hooks.pre_run_command).toEqual([
      { command: './audit.sh', show_output: false },
      { command: 'npx agent-blast-radius guard hook --agent windsurf', show_output: true },
    ]);
    expect(Object.keys(windsurf.hooks).sort()).toEqual(['post_write_code', 'pre_mcp_tool_use', 'pre_read_code', 'pre_run_command', 'pre_write_code']);
    const cline = join(root, '.clinerules/hooks/PreToolUse');
    expect(readFileSync(cline, 'utf8')).toMatch(/^#!\/bin\/sh\n[\s\S]*exec npx agent-blast-radius guard hook --agent cline\n$/);
    expect(statSync(cline).mode & 0o111).not.toBe(0);

    const status = await run(['status', '.']);
    expect(status.stdout).toMatch(/claude\s+project\s+installed/);
    expect(status.stdout).toMatch(/claude\s+user\s+not installed/);

    const removed = await run(['uninstall', '--agent', 'all', '.']);
    expect(removed.code).toBe(0);
    expect(get(join(root, '.claude/settings.json')).hooks.PreToolUse).toEqual([OTHER_CLAUDE]);
    expect(get(join(root, '.cursor/hooks.json')).hooks).toEqual({ beforeShellExecution: [{ command: './audit.sh' }], afterFileEdit: [{ command: './fmt.sh' }] });
    expect(get(join(root, '.gemini/settings.json')).hooks.BeforeTool).toHaveLength(1);
    expect(existsSync(join(root, '.github/hooks/agent-blast-radius.json'))).toBe(false);
    expect(existsSync(join(root, '.github/hooks/team.json'))).toBe(true);
    expect(get(join(root, '.windsurf/hooks.json')).hooks).toEqual({ pre_run_command: [{ command: './audit.sh', show_output: false }], post_write_code: [{ command: './fmt.sh' }] });
    expect(existsSync(cline)).toBe(false);
  });

  it("Cline: another PreToolUse script is never overwritten (one file per folder); the user's folder still works", async () => {
    const { root } = dangerousWorkspace();
    const env = tempEnv();
    mkdirSync(join(root, '.clinerules/hooks'), { recursive: true });
    writeFileSync(join(root, '.clinerules/hooks/PreToolUse'), '#!/bin/sh\necho \'{"cancel":false}\'\n');
    const { io, out } = memoryIo(env, root);
    expect(await guardMain(['install', '--agent', 'cline', '--no-index', '--command', 'abr'], io)).toBe(2);
    expect(out.stderr).toMatch(/holds another PreToolUse hook.*--scope user/);
    expect(readFileSync(join(root, '.clinerules/hooks/PreToolUse'), 'utf8')).toContain('cancel');
    const user = memoryIo(env, root);
    expect(await guardMain(['install', '--agent', 'cline', '--scope', 'user', '--no-index', '--command', 'abr'], user.io)).toBe(0);
    expect(readFileSync(join(env.HOME, 'Documents/Cline/Hooks/PreToolUse'), 'utf8')).toContain('abr guard hook --agent cline');
  });

  it('--scope user writes under HOME (a temporary one here), never the workspace', async () => {
    const { root } = dangerousWorkspace();
    const env = tempEnv();
    const { io } = memoryIo(env, root);
    expect(await guardMain(['install', '--agent', 'claude', '--agent', 'copilot', '--scope', 'user', '--no-index', '--command', 'abr'], io)).toBe(0);
    expect(get(join(env.HOME, '.claude/settings.json')).hooks.PreToolUse[0].hooks[0].command).toBe('abr guard hook --agent claude');
    expect(existsSync(join(env.HOME, '.copilot/hooks/agent-blast-radius.json'))).toBe(true);
    expect(existsSync(join(root, '.claude'))).toBe(false);
  });

  it('refuses an unknown agent and a configuration file that is not JSON, with one line', async () => {
    const { root } = dangerousWorkspace();
    const env = tempEnv();
    const bad = memoryIo(env, root);
    expect(await guardMain(['install', '--agent', 'aider', '--no-index'], bad.io)).toBe(2);
    expect(bad.out.stderr).toMatch(/aider/);
    writeFileSync(join(root, 'x.json'), '');
    mkdirSync(join(root, '.claude'), { recursive: true });
    writeFileSync(join(root, '.claude/settings.json'), '{ not json');
    const broken = memoryIo(env, root);
    expect(await guardMain(['install', '--agent', 'claude', '--no-index'], broken.io)).toBe(2);
    expect(readFileSync(join(root, '.claude/settings.json'), 'utf8')).toBe('{ not json');
  });

  it('the index from install lets folder-wide reads and history be refused', async () => {
    const { root } = dangerousWorkspace();
    const env = tempEnv();
    const { io } = memoryIo(env, root);
    await guardMain(['install', '--agent', 'claude', '--command', 'abr', '.'], io);
    const hookIo = memoryIo(env, root, { stdin: JSON.stringify({ hook_event_name: 'PreToolUse', cwd: root, tool_name: 'Bash', tool_input: { command: 'grep -rn TOKEN scripts' } }) });
    await guardMain(['hook', '--agent', 'claude'], hookIo.io);
    expect(JSON.parse(hookIo.out.stdout).hookSpecificOutput.permissionDecision).toBe('deny');
    const rg = memoryIo(env, root, { stdin: JSON.stringify({ hook_event_name: 'PreToolUse', cwd: root, tool_name: 'Bash', tool_input: { command: 'rg railway' } }) });
    await guardMain(['hook', '--agent', 'claude'], rg.io);
    expect(JSON.parse(rg.out.stdout).hookSpecificOutput.permissionDecisionReason).toMatch(/helpers\.sh|cache\.js/);
  });
});
