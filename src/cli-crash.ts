// What an error nobody handled becomes: one line on stderr and exit code 3 — never a stack trace (it may quote
// the scanned tree), never 1 (findings) or 2 (usage), so a CI job cannot read a crash as "findings" or "clean".
import { terminalText } from './report/format.js';

/** The exit code of an internal error. */
export const CRASH_EXIT = 3;

/**
 * The one line said about an unhandled error: its name, code and message, on one visible line, at most 300
 * characters, with every run of 12 or more token characters masked (a message may quote what it choked on).
 */
export function crashLine(err: unknown): string {
  const e = err instanceof Error ? err : new Error(String(err));
  const code = (e as NodeJS.ErrnoException).code;
  const message = terminalText(e.message.replace(/\s+/g, ' ')).replace(/[A-Za-z0-9_+/=.~-]{12,}/g, '…');
  const text = message.length > 300 ? `${message.slice(0, 300)}…` : message;
  return `agent-blast-radius: internal error (${e.name}${code ? ` ${terminalText(String(code))}` : ''}): ${text}; this is a bug, please report it (exit ${CRASH_EXIT})\n`;
}

/** Turns uncaught errors and unhandled rejections of this process into `crashLine` and exit 3. */
export function exitOnCrash(write: (s: string) => void = (s) => process.stderr.write(s)): void {
  const die = (err: unknown) => {
    try {
      write(crashLine(err));
    } finally {
      process.exit(CRASH_EXIT);
    }
  };
  process.on('uncaughtException', die);
  process.on('unhandledRejection', die);
  // A reader that stops reading (`scan … | head`) closes the pipe: the rest of the report has nowhere to go, which
  // is no bug; the run finishes and its exit code stands.
  process.stdout.on('error', (err: NodeJS.ErrnoException) => {
    if (err.code !== 'EPIPE') die(err);
  });
}
