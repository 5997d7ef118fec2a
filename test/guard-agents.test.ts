// Every supported agent through the real `guard hook` process (dist/src/bin.js), on events in its
// documented shape: an ordinary call allowed, a read of a root credential refused, a destroy call asked
// (Claude Code, Copilot CLI) or refused with a `guard approve CODE` (the rest), and a broken event
// refused with exit 2. Then the ways a read hides in a shell command: inline interpreter code, heredocs,
// pipes into a shell, globs, xargs, find -exec, code decoded at run time, the environment read by code,
// and git history.
// Assumptions named where a contract is secondary (hooks.md B2): Windsurf's tool_info fields
// (command_line, cwd, file_path, mcp_server_name, mcp_tool_name, mcp_tool_arguments); Cursor's output
// fields; Cline's field name `toolName` (its hooks.mdx says `tool`: both are read).
import { spawnSync } from 'node:child_process';
import { rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import * as fake from '../src/detect/fake.js';
import { dangerousWorkspace, events, type HookRun, hook, tempEnv } from './guard-helpers.js';
import { workspace } from './helpers.js';

const ws = dangerousWorkspace();
const env = tempEnv();
const ROOT = ws.root;
const SECRET = join(ROOT, 'scripts/old/helpers.sh');

type Outcome = 'allow' | 'deny' | 'ask' | 'fail';

/** What the agent would do with the answer, read per contract. */
function outcome(agent: string, r: HookRun): Outcome {
  if (r.code === 2 && /could not decide/.test(r.stderr)) return 'fail';
  const j = r.json ?? {};
  switch (agent) {
    case 'claude':
    case 'codex': {
      const d = (j.hookSpecificOutput as Record<string, string> | undefined)?.permissionDecision;
      return r.code === 0 && !r.stdout ? 'allow' : (d as Outcome);
    }
    case 'gemini':
      return r.code === 0 && !r.stdout ? 'allow' : (j.decision as Outcome);
    case 'copilot':
      return r.code === 0 && !r.stdout ? 'allow' : (j.permissionDecision as Outcome);
    case 'cursor':
      return j.permission as Outcome;
    case 'windsurf':
      return r.code === 0 ? 'allow' : r.code === 2 ? 'deny' : 'fail';
    case 'cline':
      return j.cancel === true ? 'deny' : j.cancel === false ? 'allow' : 'fail';
  }
  throw new Error(agent);
}

/** Everything the agent or its user is shown. */
const shown = (r: HookRun) => r.stdout + r.stderr;

const VOLUME_DELETE = `curl -s https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { volumeDelete(volumeId: \\"v1\\") }"}'`;

const matrix: Record<string, { allow: unknown; read: unknown; destroy: unknown; mcp: unknown }> = {
  claude: {
    allow: events.claude.bash(ROOT, 'npm test && git status'),
    read: events.claude.read(ROOT, SECRET),
    destroy: events.claude.bash(ROOT, VOLUME_DELETE),
    mcp: events.claude.mcp(ROOT, 'mcp__railway__volume_delete', { volumeId: 'v1' }),
  },
  codex: {
    allow: events.codex.bash(ROOT, ['bash', '-lc', 'npm run build']),
    read: events.codex.bash(ROOT, 'cat scripts/old/helpers.sh'),
    destroy: events.codex.bash(ROOT, ['bash', '-lc', VOLUME_DELETE]),
    mcp: events.codex.mcp(ROOT, 'mcp__neon__delete_project', { projectId: 'p' }),
  },
  gemini: {
    allow: events.gemini.shell(ROOT, 'ls -la src'),
    read: events.gemini.read(ROOT, SECRET),
    destroy: events.gemini.shell(ROOT, 'railway volume delete --volume pg-data -y'),
    mcp: events.gemini.mcp(ROOT, 'mcp__supabase__execute_sql', { query: 'DROP TABLE users' }),
  },
  copilot: {
    allow: events.copilot.bash(ROOT, 'git log --oneline -3'),
    read: events.copilot.view(ROOT, 'scripts/old/helpers.sh'),
    destroy: events.copilot.bash(ROOT, 'terraform destroy -auto-approve'),
    mcp: events.copilot.pascalBash(ROOT, 'gh repo delete acme/api --yes'),
  },
  cursor: {
    allow: events.cursor.shell(ROOT, 'npm test'),
    read: events.cursor.read(ROOT, SECRET),
    destroy: events.cursor.shell(ROOT, VOLUME_DELETE),
    mcp: events.cursor.mcp(ROOT, 'delete_volume', { volumeId: 'v1' }),
  },
  windsurf: {
    allow: events.windsurf.command(ROOT, 'npm test'),
    read: events.windsurf.read(SECRET),
    destroy: events.windsurf.command(ROOT, VOLUME_DELETE),
    mcp: events.windsurf.mcp('railway', 'volume_delete', { volumeId: 'v1' }),
  },
  cline: {
    allow: events.cline.tool(ROOT, 'read_file', { path: 'README.md' }),
    read: events.cline.tool(ROOT, 'read_file', { path: 'scripts/old/helpers.sh' }),
    destroy: events.cline.tool(ROOT, 'execute_command', { command: VOLUME_DELETE, requires_approval: 'true' }),
    mcp: events.cline.tool(ROOT, 'use_mcp_tool', { server_name: 'railway', tool_name: 'volume_delete', arguments: '{"volumeId":"v1"}' }),
  },
};
const CAN_ASK = new Set(['claude', 'copilot']);

describe.each(Object.keys(matrix))('guard hook --agent %s (the real process)', (agent) => {
  const m = matrix[agent];
  it('allows an ordinary call, refuses the root credential read naming file, rule and fix, never the secret', () => {
    expect(outcome(agent, hook(agent, m.allow, env, ROOT))).toBe('allow');
    const r = hook(agent, m.read, env, ROOT);
    expect(outcome(agent, r), shown(r)).toBe('deny');
    expect(shown(r)).toMatch(/helpers\.sh.*ABR001.*Fix:/s);
    for (const s of ws.secrets) expect(shown(r)).not.toContain(s);
  });

  it(`${CAN_ASK.has(agent) ? 'asks its user about' : 'refuses with a guard approve code'} a destroy call, from the shell and from an MCP tool`, () => {
    for (const e of [m.destroy, m.mcp]) {
      const r = hook(agent, e, env, ROOT);
      expect(outcome(agent, r), shown(r)).toBe(CAN_ASK.has(agent) ? 'ask' : 'deny');
      expect(shown(r)).toMatch(/held: /);
      if (!CAN_ASK.has(agent)) expect(shown(r)).toMatch(/guard approve [0-9A-F]{8}/);
    }
  });

  it('fails closed on bad JSON and on an event it does not know: exit 2, one line', () => {
    for (const e of ['{"tool', { hook_event_name: 'SessionStart', agent_action_name: 'post_cascade_response', hookName: 'TaskStart' }]) {
      const r = hook(agent, e, env, ROOT);
      expect(outcome(agent, r), shown(r)).toBe('fail');
      expect(r.code).toBe(2);
      expect(r.stderr.trim().split('\n')).toHaveLength(1);
    }
  });
});

describe('guard hook: reads hidden in shell commands', () => {
  const denied: Array<[string, string]> = [
    ['python -c', `python3 -c "print(open('scripts/old/helpers.sh').read())"`],
    ['node -e', `node -e "process.stdout.write(require('fs').readFileSync('services/cache.js','utf8'))"`],
    ['ruby -e', `ruby -e 'puts File.read("scripts/old/helpers.sh")'`],
    ['perl -e with an open mode', `perl -e 'open(F, "<scripts/old/helpers.sh"); print <F>'`],
    ['php -r', `php -r 'echo file_get_contents("scripts/old/helpers.sh");'`],
    ['a python heredoc', "python3 - <<'EOF'\nprint(open('scripts/old/helpers.sh').read())\nEOF"],
    ['a bash heredoc', 'bash <<EOF\ncat scripts/old/helpers.sh\nEOF'],
    ['echo piped into sh', "echo 'cat scripts/old/helpers.sh' | sh"],
    ['a glob', 'cat scripts/old/*.sh'],
    ['xargs fed by echo', 'echo scripts/old/helpers.sh | xargs cat'],
    ['find -exec', 'find scripts -name "*.sh" -exec cat {} \\;'],
    ['find | xargs grep', 'find . -type f | xargs grep -n TOKEN'],
    ['a token in an env prefix of a sh -c read', `RAILWAY_TOKEN=${ws.railway} sh -c 'head -2 scripts/old/helpers.sh'`],
  ];
  it.each(denied)('%s is refused', (_, command) => {
    const r = hook('claude', events.claude.bash(ROOT, command), env, ROOT);
    expect(outcome('claude', r), shown(r)).toBe('deny');
    for (const s of ws.secrets) expect(shown(r)).not.toContain(s);
  });

  it('code decoded at run time is held for a human (the guard cannot read it)', () => {
    const encoded = Buffer.from('cat scripts/old/helpers.sh').toString('base64');
    for (const command of [`echo ${encoded} | base64 -d | sh`, `bash -c "$(echo ${encoded} | base64 --decode)"`, `eval "$(printf '\\x63\\x61\\x74')"`]) {
      const r = hook('codex', events.codex.bash(ROOT, command), env, ROOT);
      expect(outcome('codex', r), command).toBe('deny');
      expect(shown(r)).toMatch(/decoded at run time.*guard approve/);
    }
    // Ordinary evals of tool output pass.
    expect(outcome('claude', hook('claude', events.claude.bash(ROOT, 'eval "$(ssh-agent -s)"'), env, ROOT))).toBe('allow');
  });

  it('inline HTTP from node -e / python -c with a destroy mutation or a DELETE to a provider API is held', () => {
    const node = `node -e "fetch('https://backboard.railway.app/graphql/v2',{method:'POST',body:JSON.stringify({query:'mutation { volumeDelete(volumeId: 1) }'})})"`;
    const py = "python3 - <<'EOF'\nimport requests\nrequests.delete('https://api.vercel.com/v9/projects/p')\nEOF";
    expect(outcome('cline', hook('cline', events.cline.tool(ROOT, 'execute_command', { command: node }), env, ROOT))).toBe('deny');
    const r = hook('copilot', events.copilot.bash(ROOT, py), env, ROOT);
    expect(outcome('copilot', r)).toBe('ask');
    expect(shown(r)).toContain('HTTP DELETE');
  });

  it('the environment read by code, env and printenv is refused when it holds a root credential', () => {
    const dirty = { ...env, RAILWAY_API_TOKEN: ws.railway };
    for (const command of ['env', 'printenv RAILWAY_API_TOKEN', `node -e "console.log(process.env.RAILWAY_API_TOKEN)"`, `python3 -c "import os; print(dict(os.environ))"`, 'cat /proc/self/environ']) {
      const r = hook('gemini', events.gemini.shell(ROOT, command), dirty, ROOT);
      expect(outcome('gemini', r), command).toBe('deny');
      expect(shown(r)).toContain('RAILWAY_API_TOKEN');
      expect(shown(r)).not.toContain(ws.railway);
    }
    expect(outcome('gemini', hook('gemini', events.gemini.shell(ROOT, `node -e "console.log(process.env.HOME)"`), dirty, ROOT))).toBe('allow');
  });

  it('harmless interpreter one-liners, globs and finds pass', () => {
    for (const command of ['node -e "console.log(1+1)"', `python3 -c "import json; print(json.dumps({'a': 1}))"`, 'ls src/*.js', 'find src -name "*.js"', 'cat README.md src/*.js']) {
      expect(outcome('claude', hook('claude', events.claude.bash(ROOT, command), env, ROOT)), command).toBe('allow');
    }
  });
});

describe('guard hook: git history', () => {
  it('git log -p and git show are refused when history holds a root credential, even a file removed since', () => {
    const token = fake.uuid();
    const root = workspace({ 'deploy/railway.env': `RAILWAY_API_TOKEN=${token}\n`, 'README.md': '# app\n' });
    const git = (...args: string[]) => spawnSync('git', ['-c', 'user.email=t@example.com', '-c', 'user.name=t', '-c', 'commit.gpgsign=false', ...args], { cwd: root });
    git('init', '-q');
    git('add', '.');
    git('commit', '-qm', 'first');
    rmSync(join(root, 'deploy/railway.env'));
    writeFileSync(join(root, 'README.md'), '# app, tokens removed\n');
    git('add', '-A');
    git('commit', '-qm', 'remove the token');
    const e = tempEnv();
    for (const command of ['git log -p', 'git show HEAD~1']) {
      const r = hook('claude', events.claude.bash(root, command), e, root);
      expect(outcome('claude', r), shown(r)).toBe('deny');
      expect(shown(r)).toMatch(/deploy\/railway\.env.*git history/s);
      expect(shown(r)).not.toContain(token);
    }
    expect(outcome('claude', hook('claude', events.claude.bash(root, 'git log --oneline && git show --stat HEAD'), e, root))).toBe('allow');
  });
});
