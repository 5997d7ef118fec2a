// `guard approve`, in process with an injected terminal check: only a human at a TTY approves, the
// approval is bound to the exact command's hash, used once, and gone after ten minutes.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { guardMain } from '../src/guard/cli.js';
import { APPROVAL_TTL_MS, consumeApproval, listPending, sha256, writeApproval } from '../src/guard/state.js';
import { dangerousWorkspace, events, memoryIo, tempEnv } from './guard-helpers.js';

const ws = dangerousWorkspace();

async function hookOnce(env: NodeJS.ProcessEnv, event: unknown) {
  const { io, out } = memoryIo(env, ws.root, { stdin: JSON.stringify(event) });
  const code = await guardMain(['hook', '--agent', 'codex'], io);
  const json = out.stdout ? JSON.parse(out.stdout) : undefined;
  return { code, decision: json?.hookSpecificOutput?.permissionDecision as string | undefined, reason: (json?.hookSpecificOutput?.permissionDecisionReason as string) ?? '' };
}

describe('guard approve', () => {
  const command = `RAILWAY_API_TOKEN=${ws.railway} railway volume delete --volume pg-data -y`;

  it('refuses without an interactive terminal', async () => {
    const env = tempEnv();
    const { io, out } = memoryIo(env, ws.root, { interactive: false });
    expect(await guardMain(['approve', 'ABCDEF12'], io)).toBe(2);
    expect(out.stderr).toMatch(/interactive terminal/);
  });

  it('a held call is allowed once after a human approves its code, then held again', async () => {
    const env = tempEnv();
    const first = await hookOnce(env, events.codex.bash(ws.root, command));
    expect(first.decision).toBe('deny');
    const code = /guard approve ([0-9A-F]{8})/.exec(first.reason)![1];

    // What the human sees is redacted: the token in the env prefix is not shown.
    const pending = listPending(env.ABR_GUARD_STATE_DIR);
    expect(pending.map((p) => p.code)).toEqual([code]);
    expect(pending[0].summary).not.toContain(ws.railway);

    const { io, out } = memoryIo(env, ws.root, { interactive: true, yes: true });
    expect(await guardMain(['approve', code], io)).toBe(0);
    expect(out.stdout).toContain('railway volume delete');
    expect(out.stdout).not.toContain(ws.railway);

    // A different command is not covered by the approval.
    expect((await hookOnce(env, events.codex.bash(ws.root, 'railway volume delete --volume other -y'))).decision).toBe('deny');
    // The identical one passes once, then is held again.
    expect((await hookOnce(env, events.codex.bash(ws.root, command))).decision).toBeUndefined();
    expect((await hookOnce(env, events.codex.bash(ws.root, command))).decision).toBe('deny');

    const log = readFileSync(join(env.ABR_GUARD_STATE_DIR, 'decisions.jsonl'), 'utf8');
    expect(log).not.toContain(ws.railway);
    expect(log).toContain('approved once by a human');
  });

  it('a human who answers no approves nothing; an unknown code is refused', async () => {
    const env = tempEnv();
    const held = await hookOnce(env, events.codex.bash(ws.root, 'terraform destroy'));
    const code = /guard approve ([0-9A-F]{8})/.exec(held.reason)![1];
    const no = memoryIo(env, ws.root, { interactive: true, yes: false });
    expect(await guardMain(['approve', code], no.io)).toBe(1);
    expect((await hookOnce(env, events.codex.bash(ws.root, 'terraform destroy'))).decision).toBe('deny');
    const unknown = memoryIo(env, ws.root, { interactive: true });
    expect(await guardMain(['approve', '00000000'], unknown.io)).toBe(2);
  });

  it('without a code, lists the held calls and approves nothing: the code binds the approval to one call', async () => {
    const env = tempEnv();
    const held = await hookOnce(env, events.codex.bash(ws.root, 'pulumi destroy --yes'));
    const code = /guard approve ([0-9A-F]{8})/.exec(held.reason)![1];
    const { io, out } = memoryIo(env, ws.root, { interactive: true, yes: true });
    expect(await guardMain(['approve'], io)).toBe(2);
    expect(out.stderr).toContain(code);
    expect(out.stderr).toContain('pulumi destroy');
    expect((await hookOnce(env, events.codex.bash(ws.root, 'pulumi destroy --yes'))).decision).toBe('deny');
  });

  it('an approval expires after ten minutes', () => {
    const dir = tempEnv().ABR_GUARD_STATE_DIR;
    const hash = sha256('terraform destroy');
    writeApproval(dir, hash, Date.now() - APPROVAL_TTL_MS - 1);
    expect(consumeApproval(dir, hash)).toBe(false);
    writeApproval(dir, hash);
    expect(consumeApproval(dir, hash)).toBe(true);
    expect(consumeApproval(dir, hash)).toBe(false);
  });
});
