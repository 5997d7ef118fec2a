// The real terminal and stdin for `guard` (tests hand guardMain their own).
// An agent runs `guard hook` before every tool call, so its start-up is the guard's cost (issue 13): the
// event is read and the answer written with plain fd calls, which spares Node building process.stdin and
// process.stdout (net, streams: some 10 ms of its 2-core start-up for a pipe); readline loads only for
// `guard approve`'s question. Where fd 0 or 1 cannot be used that way (a non-blocking pipe an agent
// handed over answers EAGAIN), the streams take over.
import { readSync, writeSync } from 'node:fs';
import type { GuardIo } from './cli.js';

export function processIo(): GuardIo {
  return {
    stdout: (s) => writeFd(1, s),
    stderr: (s) => writeFd(2, s),
    env: process.env,
    cwd: process.cwd(),
    readStdin,
    // Both ends a terminal: an agent's tool call has neither (and `script` tricks are refused by the hook).
    isInteractive: () => Boolean(process.stdin.isTTY && process.stdout.isTTY),
    confirm: async (q) => {
      const { createInterface } = await import('node:readline/promises');
      const rl = createInterface({ input: process.stdin, output: process.stdout });
      try {
        return /^y(es)?$/i.test((await rl.question(q)).trim());
      } finally {
        rl.close();
      }
    },
  };
}

const wouldBlock = (e: unknown) => (e as NodeJS.ErrnoException).code === 'EAGAIN';

/** The whole of stdin: read(2) until end of file, or the stream once fd 0 would block. */
async function readStdin(): Promise<string> {
  const chunks: Buffer[] = [];
  const buf = Buffer.alloc(64 * 1024);
  for (;;) {
    let n: number;
    try {
      n = readSync(0, buf, 0, buf.length, null);
    } catch (e) {
      if (e && (e as NodeJS.ErrnoException).code === 'EOF') break;
      if (!wouldBlock(e)) throw e;
      for await (const c of process.stdin) chunks.push(c as Buffer);
      break;
    }
    if (n === 0) break;
    chunks.push(Buffer.from(buf.subarray(0, n)));
  }
  return Buffer.concat(chunks).toString('utf8');
}

/** Writes all of `s` to fd 1 or 2; once the fd would block, the rest goes through the stream, in order. */
function writeFd(fd: 1 | 2, s: string): void {
  const data = Buffer.from(s, 'utf8');
  let off = 0;
  try {
    while (off < data.length) off += writeSync(fd, data, off, data.length - off);
  } catch (e) {
    if (!wouldBlock(e)) throw e;
    (fd === 1 ? process.stdout : process.stderr).write(data.subarray(off));
  }
}
