// No secret in anything the guard writes, for every detector: each positive example read by a read
// tool and by the shell, and carried in a held destroy call (env prefix, header); then every answer,
// the decision log, the cache, the pending holds, `guard approve`'s and `guard status`'s output.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardMain } from '../src/guard/cli.js';
import { events, memoryIo, tempEnv } from './guard-helpers.js';
import { workspace } from './helpers.js';
import { exampleWorkspace, leakForms } from './secret-forms.js';

const { files, secrets } = exampleWorkspace();
const forms = leakForms;

function allFiles(dir: string): string[] {
  const out: string[] = [];
  for (const e of readdirSync(dir)) {
    const p = join(dir, e);
    if (statSync(p).isDirectory()) out.push(...allFiles(p));
    else out.push(readFileSync(p, 'utf8'));
  }
  return out;
}

describe('guard redaction', () => {
  it('no detector positive example reaches any output, log or state file', async () => {
    const root = workspace(files);
    const env = tempEnv();
    const outputs: string[] = [];
    const run = async (args: string[], stdin?: unknown, interactive = false) => {
      const { io, out } = memoryIo(env, root, { stdin: stdin === undefined ? undefined : JSON.stringify(stdin), interactive, yes: true });
      await guardMain(args, io);
      outputs.push(out.stdout, out.stderr);
    };
    const paths = Object.keys(files);
    for (const [i, rel] of paths.entries()) {
      const secret = secrets[i];
      await run(['hook', '--agent', 'claude'], events.claude.read(root, join(root, rel)));
      await run(['hook', '--agent', 'gemini'], events.gemini.shell(root, `cat '${rel}' | head -50`));
      // A held call carrying the secret: in an env prefix and in a header.
      await run(
        ['hook', '--agent', 'codex'],
        events.codex.bash(root, `TOKEN='${secret}' curl -H 'Authorization: Bearer ${secret}' -d '{"query":"mutation { volumeDelete(volumeId: \\"v\\") }"}' https://backboard.railway.app/graphql/v2`),
      );
      await run(['hook', '--agent', 'cursor'], events.cursor.mcp(root, 'mcp__railway__volume_delete', { token: secret, volumeId: 'v' }));
      await run(['hook', '--agent', 'windsurf'], events.windsurf.read(join(root, rel)));
      await run(['hook', '--agent', 'cline'], events.cline.tool(root, 'execute_command', { command: `python3 -c "print(open('${rel}').read())"` }));
      await run(['hook', '--agent', 'windsurf'], events.windsurf.command(root, `API_TOKEN='${secret}' railway volume delete --volume v -y`));
    }
    await run(['approve'], undefined, true);
    await run(['status']);
    const state = allFiles(env.ABR_GUARD_STATE_DIR);
    const leaks: string[] = [];
    const named = [...outputs.map((o, i) => [`output ${i}`, o] as const), ...state.map((s, i) => [`state file ${i}`, s] as const)];
    for (const [where, text] of named) for (const s of secrets) for (const f of forms(s)) if (text.includes(f)) leaks.push(`${f.slice(0, 6)}… in ${where}: ${text.slice(0, 80)}`);
    expect(leaks).toEqual([]);
    // It did decide: some reads were refused and calls were held.
    const log = readFileSync(join(env.ABR_GUARD_STATE_DIR, 'decisions.jsonl'), 'utf8');
    expect(log).toMatch(/"decision":"deny","rule":"ABR00[124]"/);
    expect(log).toContain('volumeDelete');
  }, 120_000);
});
