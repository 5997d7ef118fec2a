// The real terminal and stdin for `guard` (tests hand guardMain their own).
import { createInterface } from 'node:readline/promises';
import type { GuardIo } from './cli.js';

export function processIo(): GuardIo {
  return {
    stdout: (s) => process.stdout.write(s),
    stderr: (s) => process.stderr.write(s),
    env: process.env,
    cwd: process.cwd(),
    readStdin: async () => {
      const chunks: Buffer[] = [];
      for await (const c of process.stdin) chunks.push(c as Buffer);
      return Buffer.concat(chunks).toString('utf8');
    },
    // Both ends a terminal: an agent's tool call has neither (and `script` tricks are refused by the hook).
    isInteractive: () => Boolean(process.stdin.isTTY && process.stdout.isTTY),
    confirm: async (q) => {
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return /^y(es)?$/i.test((await rl.question(q)).trim());
      } finally {
        rl.close();
      }
    },
  };
}
