#!/usr/bin/env node
// Decision time of the agent guard (issue 13: median ≤ 100 ms, p99 ≤ 300 ms with a warm cache), over a
// few hundred events built here against a copy of examples/pocketos. Two figures:
//   in-process  decide() alone, as a long-lived hook server would pay it;
//   process     `node bin/agent-blast-radius.js guard hook` per event, as an agent runs it once `guard install`
//               wrote the package's command into its hook (Node start-up included; the bundle in dist/cli/),
//               and `node dist/src/bin.js guard hook` (the unbundled tsc output) beside it.
// Usage: npm run build && node scripts/guard-bench.mjs [events=300] [processEvents=300]
import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const BIN = join(ROOT, 'bin/agent-blast-radius.js');
const TSC_BIN = join(ROOT, 'dist/src/bin.js');
const { decide } = await import(join(ROOT, 'dist/src/guard/decide.js'));

const n = Number(process.argv[2] ?? 300);
const nProcess = Number(process.argv[3] ?? 300);
const ws = mkdtempSync(join(tmpdir(), 'abr-bench-'));
cpSync(join(ROOT, 'examples/pocketos'), ws, { recursive: true });
const stateDir = mkdtempSync(join(tmpdir(), 'abr-bench-state-'));

const shapes = [
  (cwd) => ({ hook_event_name: 'PreToolUse', cwd, tool_name: 'Bash', tool_input: { command: 'npm test -- --run' } }),
  (cwd) => ({ hook_event_name: 'PreToolUse', cwd, tool_name: 'Bash', tool_input: { command: 'git status && git diff --stat | tail -3' } }),
  (cwd) => ({ hook_event_name: 'PreToolUse', cwd, tool_name: 'Read', tool_input: { file_path: join(cwd, 'README.md') } }),
  (cwd) => ({ hook_event_name: 'PreToolUse', cwd, tool_name: 'Read', tool_input: { file_path: join(cwd, 'scripts/old/backfill-helpers.sh') } }),
  (cwd) => ({ hook_event_name: 'PreToolUse', cwd, tool_name: 'Bash', tool_input: { command: "sh -c 'cat scripts/old/backfill-helpers.sh | grep TOKEN'" } }),
  (cwd) => ({ hook_event_name: 'PreToolUse', cwd, tool_name: 'Bash', tool_input: { command: 'cat docker-compose.yml config/*.yml | head' } }),
  (cwd) => ({
    hook_event_name: 'PreToolUse',
    cwd,
    tool_name: 'Bash',
    tool_input: { command: `curl -s https://backboard.railway.app/graphql/v2 -d '{"query":"mutation { volumeDelete(volumeId: \\"v\\") }"}'` },
  }),
  (cwd) => ({ hook_event_name: 'PreToolUse', cwd, tool_name: 'Bash', tool_input: { command: 'railway volume delete --volume pg-data -y' } }),
  (cwd) => ({ hook_event_name: 'PreToolUse', cwd, tool_name: 'mcp__railway__volume_delete', tool_input: { volumeId: 'v' } }),
  (cwd) => ({ hook_event_name: 'PreToolUse', cwd, tool_name: 'Edit', tool_input: { file_path: join(cwd, 'services/api/index.js'), old_string: 'a', new_string: 'b' } }),
];
const { parseEvent } = await import(join(ROOT, 'dist/src/guard/adapters.js'));
const events = Array.from({ length: n }, (_, i) => shapes[i % shapes.length](ws));

// Warm the cache: the figures are for a warm cache, as the issue asks.
for (const e of events.slice(0, shapes.length)) await decide(parseEvent('claude', JSON.stringify(e)), { stateDir, env: {} });

const pct = (xs, p) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
};
const fmt = (xs) => `median ${pct(xs, 50).toFixed(2)} ms, p99 ${pct(xs, 99).toFixed(2)} ms, max ${Math.max(...xs).toFixed(2)} ms (n=${xs.length})`;

const inproc = [];
const counts = {};
for (const e of events) {
  const t = performance.now();
  const d = await decide(parseEvent('claude', JSON.stringify(e)), { stateDir, env: {} });
  inproc.push(performance.now() - t);
  counts[d.kind] = (counts[d.kind] ?? 0) + 1;
}
console.log(`in-process decide():  ${fmt(inproc)}  decisions ${JSON.stringify(counts)}`);

// The hook's environment: a clean one (PATH, HOME, the state folder), and this shell's own beside it. Node reads
// some variables at start-up (NODE_EXTRA_CA_CERTS loads a CA bundle: about 45 ms more on this machine where it is
// set), so bare Node is timed in both as well.
const clean = { PATH: process.env.PATH, HOME: stateDir, ABR_GUARD_STATE_DIR: stateDir };
const inherited = { ...process.env, HOME: stateDir, ABR_GUARD_STATE_DIR: stateDir };
/** Wall milliseconds of each `node ...args` run, one per input. */
const spawnTimes = (args, inputs, env) =>
  inputs.map((input) => {
    const t = performance.now();
    const r = spawnSync(process.execPath, args, { input, env });
    const ms = performance.now() - t;
    if (r.status !== 0) console.error(`exit ${r.status}: ${r.stderr}`);
    return ms;
  });
const hook = (bin, env = clean) =>
  spawnTimes(
    [bin, 'guard', 'hook', '--agent', 'claude'],
    events.slice(0, nProcess).map((e) => JSON.stringify(e)),
    env,
  );
const bare = (env) => spawnTimes(['-e', '0'], Array(Math.min(40, nProcess)).fill(''), env);
console.log(`process guard hook:   ${fmt(hook(BIN))}  (bin/agent-blast-radius.js, the package's command, clean environment)`);
console.log(`  this shell's env:   ${fmt(hook(BIN, inherited))}  (NODE_EXTRA_CA_CERTS ${process.env.NODE_EXTRA_CA_CERTS ? 'set' : 'unset'})`);
console.log(`  unbundled:          ${fmt(hook(TSC_BIN))}  (dist/src/bin.js, clean environment)`);
console.log(`bare node -e 0:       ${fmt(bare(clean))}  (this machine's Node start-up, clean environment, for scale)`);
console.log(`  this shell's env:   ${fmt(bare(inherited))}`);
