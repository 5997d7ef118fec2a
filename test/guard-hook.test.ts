// The real `guard hook` process (dist/src/bin.js, built by `npx tsc` first), fed events in each agent's
// documented shape: reads refused, destroy calls held, everything else allowed, every error refused.
// Assumptions named where a contract is secondary or UNCONFIRMED (hooks.md): Cursor's stdout fields
// (`permission`, `user_message`, `agent_message`) and its beforeReadFile taking `permission` only;
// Copilot's MCP tool names (assumed `mcp__server__tool` like the others).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { dangerousWorkspace, events, hook, tempEnv } from './guard-helpers.js';

const ws = dangerousWorkspace();
const env = tempEnv();
const ROOT = ws.root;
const SECRET_FILE = join(ROOT, 'scripts/old/helpers.sh');

function noSecret(...texts: string[]) {
  for (const t of texts) for (const s of ws.secrets) expect(t.includes(s), 'a secret leaked into the output').toBe(false);
}

const decisionOf = (r: { json?: Record<string, unknown> }) => (r.json?.hookSpecificOutput as Record<string, string> | undefined)?.permissionDecision;
const reasonOf = (r: { json?: Record<string, unknown> }) => (r.json?.hookSpecificOutput as Record<string, string> | undefined)?.permissionDecisionReason ?? '';

describe('guard hook: reads', () => {
  beforeAll(() => {
    // A first read scans the file and fills the cache; later ones read the cache.
    hook('claude', events.claude.read(ROOT, SECRET_FILE), env, ROOT);
  });

  it('Claude Code: Read of a root credential is denied naming the file, the rule and the fix, never the secret', () => {
    const r = hook('claude', events.claude.read(ROOT, SECRET_FILE), env, ROOT);
    expect(r.code).toBe(0);
    expect(decisionOf(r)).toBe('deny');
    expect(reasonOf(r)).toContain('scripts/old/helpers.sh');
    expect(reasonOf(r)).toContain('ABR001');
    expect(reasonOf(r)).toMatch(/holds a Railway account-or-workspace-token/);
    expect(reasonOf(r)).toMatch(/Fix: .*project token/);
    noSecret(r.stdout, r.stderr);
  });

  it('Claude Code: Read of an ordinary file passes with no opinion (empty stdout, exit 0)', () => {
    const r = hook('claude', events.claude.read(ROOT, join(ROOT, 'README.md')), env, ROOT);
    expect(r).toMatchObject({ code: 0, stdout: '' });
  });

  it('Gemini CLI: read_file of the production Redis URL is denied with decision/reason', () => {
    const r = hook('gemini', events.gemini.read(ROOT, join(ROOT, 'services/cache.js')), env, ROOT);
    expect(r.code).toBe(0);
    expect(r.json).toMatchObject({ decision: 'deny' });
    expect(String(r.json?.reason)).toContain('services/cache.js');
    noSecret(r.stdout, r.stderr);
  });

  it('Copilot CLI: view (camelCase toolName/toolArgs) of the root credential is denied', () => {
    const r = hook('copilot', events.copilot.view(ROOT, 'scripts/old/helpers.sh'), env, ROOT);
    expect(r.json).toMatchObject({ permissionDecision: 'deny' });
    expect(String(r.json?.permissionDecisionReason)).toContain('ABR001');
  });

  it('Cursor: beforeReadFile answers permission only (secondary source)', () => {
    const r = hook('cursor', events.cursor.read(ROOT, SECRET_FILE), env, ROOT);
    expect(r.json).toEqual({ permission: 'deny' });
    const ok = hook('cursor', events.cursor.read(ROOT, join(ROOT, 'README.md')), env, ROOT);
    expect(ok.json).toEqual({ permission: 'allow' });
  });

  const obfuscated: Array<[string, string]> = [
    ['plain cat', 'cat scripts/old/helpers.sh'],
    ['sh -c', "sh -c 'cat scripts/old/helpers.sh'"],
    ['bash -lc with double quotes', 'bash -lc "head -n 3 scripts/old/helpers.sh | tail -1"'],
    ['quoting inside the word', `c'a't scripts/old/"helpers".sh`],
    ['$(…) inside double quotes', 'echo "$(cat scripts/old/helpers.sh)"'],
    ['backticks', 'echo `grep -n TOKEN scripts/old/helpers.sh`'],
    ['an env prefix and a wrapper', 'FOO=bar env LC_ALL=C timeout 5 sed -n 2p scripts/old/helpers.sh'],
    ['a line continuation', 'cat \\\n  scripts/old/helpers.sh'],
    ['an input redirect', 'while read l; do echo $l; done < scripts/old/helpers.sh'],
    ['after && and ;', 'cd . && ls; base64 scripts/old/helpers.sh'],
    ['a subshell', '(cd scripts && xxd old/helpers.sh)'],
    ['git show REV:path', 'git show HEAD:scripts/old/helpers.sh'],
    ['source', 'source scripts/old/helpers.sh && env'],
    ['cp out of the workspace', 'cp scripts/old/helpers.sh /tmp/x'],
    ['awk', "awk '{print}' services/cache.js"],
    ['eval', 'eval "strings scripts/old/helpers.sh"'],
  ];
  it.each(obfuscated)('Claude Code Bash: %s is denied', (_, command) => {
    const r = hook('claude', events.claude.bash(ROOT, command), env, ROOT);
    expect(decisionOf(r), r.stderr).toBe('deny');
    noSecret(r.stdout, r.stderr);
  });

  it('Codex: a shell command given as an argv list (bash -lc …) is parsed the same way', () => {
    const r = hook('codex', events.codex.bash(ROOT, ['bash', '-lc', 'cat scripts/old/helpers.sh']), env, ROOT);
    expect(decisionOf(r)).toBe('deny');
    expect(reasonOf(r)).toContain('ABR001');
  });

  it('env / printenv are denied when the inherited environment holds a root credential, allowed otherwise', () => {
    const dirty = { ...env, RAILWAY_API_TOKEN: ws.railway };
    const r = hook('claude', events.claude.bash(ROOT, 'printenv'), dirty, ROOT);
    expect(decisionOf(r)).toBe('deny');
    expect(reasonOf(r)).toContain('RAILWAY_API_TOKEN');
    noSecret(r.stdout, r.stderr);
    expect(decisionOf(hook('claude', events.claude.bash(ROOT, 'echo $RAILWAY_API_TOKEN'), dirty, ROOT))).toBe('deny');
    expect(hook('claude', events.claude.bash(ROOT, 'env'), env, ROOT).stdout).toBe('');
  });

  it('ordinary commands pass: builds, tests, git, reading harmless files', () => {
    for (const command of ['npm test', 'git status && git log --oneline -5', 'cat README.md src/app.js | wc -l', 'grep -n hello src/app.js', 'ls -la; node --version']) {
      const r = hook('claude', events.claude.bash(ROOT, command), env, ROOT);
      expect(r, command).toMatchObject({ code: 0, stdout: '' });
    }
  });
});

describe('guard hook: destroy primitives', () => {
  it('Claude Code asks for `railway volume delete`', () => {
    const r = hook('claude', events.claude.bash(ROOT, 'railway volume delete --volume pg-data -y'), env, ROOT);
    expect(decisionOf(r)).toBe('ask');
    expect(reasonOf(r)).toContain('volumeDelete');
  });

  it('Codex cannot ask: the hold is a deny that names `guard approve CODE`', () => {
    const r = hook('codex', events.codex.bash(ROOT, 'terraform apply -destroy -auto-approve'), env, ROOT);
    expect(decisionOf(r)).toBe('deny');
    expect(reasonOf(r)).toMatch(/guard approve [0-9A-F]{8}/);
  });

  it('the incident: a curl with a volumeDelete mutation (inline or @file body) is held, with a token in an env prefix never shown', () => {
    const token = ws.railway;
    const inline = `RAILWAY_API_TOKEN=${token} curl -s https://backboard.railway.app/graphql/v2 -H "Authorization: Bearer $RAILWAY_API_TOKEN" -d '{"query":"mutation { volumeDelete(volumeId: \\"v1\\") }"}'`;
    const r = hook('gemini', events.gemini.shell(ROOT, inline), env, ROOT);
    expect(r.json).toMatchObject({ decision: 'deny' });
    expect(String(r.json?.reason)).toMatch(/volumeDelete.*guard approve/);
    noSecret(r.stdout, r.stderr);
    const file = hook('cursor', events.cursor.shell(ROOT, 'curl -X POST https://backboard.railway.app/graphql/v2 --data @body.json'), env, ROOT);
    expect(file.json).toMatchObject({ permission: 'deny' });
    expect(String(file.json?.agent_message)).toContain('volumeDelete');
  });

  it('Copilot CLI asks (camelCase and PascalCase events)', () => {
    expect(hook('copilot', events.copilot.bash(ROOT, 'gh repo delete acme/api --yes'), env, ROOT).json).toMatchObject({ permissionDecision: 'ask' });
    expect(hook('copilot', events.copilot.pascalBash(ROOT, 'psql "$DATABASE_URL" -c "DROP TABLE users"'), env, ROOT).json).toMatchObject({ permissionDecision: 'ask' });
  });

  it('MCP tools: a provider server delete tool, a GraphQL volumeDelete argument, a SQL DROP; a read tool passes', () => {
    expect(decisionOf(hook('claude', events.claude.mcp(ROOT, 'mcp__railway__volume_delete', { volumeId: 'v1' }), env, ROOT))).toBe('ask');
    expect(decisionOf(hook('codex', events.codex.mcp(ROOT, 'mcp__graphql__execute', { query: 'mutation { volumeDelete(volumeId: "v1") }' }), env, ROOT))).toBe('deny');
    expect(hook('gemini', events.gemini.mcp(ROOT, 'mcp__supabase__execute_sql', { query: 'TRUNCATE orders' }), env, ROOT).json).toMatchObject({ decision: 'deny' });
    expect(hook('cursor', events.cursor.mcp(ROOT, 'delete_volume', { volumeId: 'v1' }), env, ROOT).json).toMatchObject({ permission: 'deny' });
    expect(hook('claude', events.claude.mcp(ROOT, 'mcp__github__get_file_contents', { owner: 'a', repo: 'b', path: 'README.md' }), env, ROOT).stdout).toBe('');
    // A filesystem MCP reading the root credential is a read like any other.
    expect(decisionOf(hook('claude', events.claude.mcp(ROOT, 'mcp__fs__read_text_file', { path: SECRET_FILE }), env, ROOT))).toBe('deny');
  });
});

describe('guard hook: fails closed', () => {
  const cases: Array<[string, string, unknown]> = [
    ['bad JSON', 'claude', '{"hook_event_name": "PreToolUse", '],
    ['an unknown event', 'codex', { hook_event_name: 'PostToolUse', tool_name: 'Bash', tool_input: { command: 'ls' } }],
    ['no tool name', 'gemini', { hook_event_name: 'BeforeTool', tool_input: {} }],
    ['a command that is not a string', 'claude', { hook_event_name: 'PreToolUse', tool_name: 'Bash', tool_input: { command: 42 } }],
    ['an unknown Cursor event', 'cursor', { hook_event_name: 'afterFileEdit' }],
    ['empty stdin', 'copilot', ''],
    ['an unknown agent', 'aider', { hook_event_name: 'PreToolUse' }],
  ];
  it.each(cases)('%s: exit 2, one line on stderr', (_, agent, event) => {
    const r = hook(agent, event, env, ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr.trim().split('\n')).toHaveLength(1);
    expect(r.stderr).toMatch(/refused/);
    if (agent === 'cursor') expect(r.json).toMatchObject({ permission: 'deny' });
  });

  it('a decision that misses its deadline is a refusal (Copilot lets a timed-out hook pass)', () => {
    // A cold scan of a file not yet cached cannot finish within 0 ms.
    const r = hook('copilot', events.copilot.view(ROOT, 'src/app.js'), { ...tempEnv(), ABR_GUARD_DEADLINE_MS: '0' }, ROOT);
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/no decision within 0 ms/);
  });

  it('the agent cannot approve itself, reach the approval store, or edit its hook configuration', () => {
    expect(decisionOf(hook('claude', events.claude.bash(ROOT, 'npx agent-blast-radius guard approve 1234ABCD'), env, ROOT))).toBe('deny');
    expect(decisionOf(hook('claude', events.claude.bash(ROOT, 'script -qc "agent-blast-radius guard   approve" /dev/null'), env, ROOT))).toBe('deny');
    expect(decisionOf(hook('claude', events.claude.bash(ROOT, `touch ${env.ABR_GUARD_STATE_DIR}/approvals/x.json`), env, ROOT))).toBe('deny');
    expect(decisionOf(hook('claude', events.claude.write(ROOT, join(ROOT, '.claude/settings.json')), env, ROOT))).toBe('deny');
    for (const command of ["echo '{}' > .claude/settings.json", 'rm -f .cursor/hooks.json', "sed -i 's/guard//' .gemini/settings.json", 'cd .github/hooks && mv agent-blast-radius.json /tmp/']) {
      expect(decisionOf(hook('claude', events.claude.bash(ROOT, command), env, ROOT)), command).toBe('deny');
    }
    expect(hook('claude', events.claude.bash(ROOT, 'cat .claude/settings.json'), env, ROOT).stdout).toBe('');
  });
});

describe('guard hook: the PocketOS replay (examples/guard/pocketos)', () => {
  const pocketos = join(__dirname, '..', 'examples', 'pocketos');
  const recorded = (name: string) => readFileSync(join(__dirname, '..', 'examples', 'guard', 'pocketos', name), 'utf8');
  it('the token search is refused, the volumeDelete call is asked (Claude) or held with a code (Codex)', () => {
    const e = tempEnv();
    expect(decisionOf(hook('claude', recorded('claude-read-token.json'), e, pocketos))).toBe('deny');
    const ask = hook('claude', recorded('claude-volumeDelete.json'), e, pocketos);
    expect(decisionOf(ask)).toBe('ask');
    expect(reasonOf(ask)).toContain('volumeDelete');
    const held = hook('codex', recorded('codex-volumeDelete.json'), e, pocketos);
    expect(decisionOf(held)).toBe('deny');
    expect(reasonOf(held)).toMatch(/volumeDelete.*guard approve [0-9A-F]{8}/);
    const windsurf = hook('windsurf', recorded('windsurf-volumeDelete.json'), e, pocketos);
    expect(windsurf.code).toBe(2);
    expect(windsurf.stderr).toMatch(/volumeDelete.*guard approve [0-9A-F]{8}/);
    const cline = hook('cline', recorded('cline-read-token.json'), e, pocketos);
    expect(cline.json).toMatchObject({ cancel: true });
    expect(String(cline.json?.errorMessage)).toMatch(/backfill-helpers\.sh.*ABR001/);
  });
});
