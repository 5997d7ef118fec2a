// Progress of an audit, for the CLI: an ora spinner on a terminal (repositories done / total, bytes,
// findings, ETA), plain periodic lines otherwise (CI logs), nothing with --quiet.
import { formatBytes, terminalText } from '../report/format.js';
import type { AuditEvent } from './index.js';

export interface ProgressSink {
  stderr: (s: string) => void;
  /** Animate: stderr is a terminal, not CI, not --quiet. */
  animate: boolean;
  quiet: boolean;
  /** Between plain lines when not animating. */
  intervalMs?: number;
  now?: () => number;
}

export function formatDuration(ms: number): string {
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s}s`;
  const m = Math.floor(s / 60);
  if (m < 60) return `${m}m${String(s % 60).padStart(2, '0')}s`;
  return `${Math.floor(m / 60)}h${String(m % 60).padStart(2, '0')}m`;
}

export async function auditProgress(sink: ProgressSink): Promise<{ onEvent: (e: AuditEvent) => void; stop: () => void }> {
  const now = sink.now ?? Date.now;
  const started = now();
  let total = 0;
  let done = 0;
  let doneThisRun = 0;
  let todo = 0;
  let bytes = 0;
  let findings = 0;
  let listed = false;
  let failed = 0;
  // A terminal that reports no width (some pseudo-terminals) would make ora clear "infinitely many" lines: plain lines there.
  const spinner = sink.animate && (process.stderr.columns ?? 0) > 0 ? (await import('ora')).default({ text: 'listing repositories…', stream: process.stderr }).start() : undefined;
  let shown = 0;
  const line = () => {
    const elapsed = now() - started;
    const left = todo - doneThisRun;
    const eta = doneThisRun && left > 0 ? `, ETA ${formatDuration((elapsed / doneThisRun) * left)}` : '';
    return `${done}/${total} repositories, ${formatBytes(bytes)}, ${findings} findings${failed ? `, ${failed} failed` : ''}${eta}`;
  };
  const say = (s: string) => {
    if (sink.quiet) return;
    if (spinner) {
      spinner.clear();
      sink.stderr(s);
      spinner.render();
    } else sink.stderr(s);
  };
  let timer: NodeJS.Timeout | undefined;
  if (!spinner && !sink.quiet) {
    timer = setInterval(() => sink.stderr(`agent-blast-radius: audit: ${line()}\n`), sink.intervalMs ?? 15_000);
    timer.unref();
  }
  const onEvent = (e: AuditEvent) => {
    switch (e.type) {
      case 'listed':
        listed = true;
        total = e.assigned;
        done = e.done;
        todo = e.todo;
        say(
          `agent-blast-radius: ${e.listing.listed} repositories listed, ${e.listing.selected} selected, ${e.assigned} to audit here` +
            (e.done ? ` (${e.done} already done by the checkpoint)` : '') +
            '\n',
        );
        break;
      case 'bytes':
        bytes += e.n;
        break;
      case 'repository':
        done++;
        doneThisRun++;
        findings += e.record.occurrences.length;
        if (e.record.status === 'failed') {
          failed++;
          say(`agent-blast-radius: ${e.record.fullName}: failed: ${terminalText(e.record.reason ?? '')}\n`);
        } else if (e.record.truncated) say(`agent-blast-radius: ${e.record.fullName}: archive cut short (${e.record.truncated}); what was read before is reported\n`);
        break;
      case 'resolving':
        say('agent-blast-radius: asking providers, read-only, about each unique credential once; providers log these calls (CloudTrail, audit logs). --offline to skip.\n');
        break;
      case 'note':
        say(`agent-blast-radius: ${terminalText(e.text)}\n`);
        break;
    }
    // Every downloaded chunk is an event; the spinner's text changes at most four times a second.
    if (spinner && (e.type !== 'bytes' || now() - shown > 250)) {
      shown = now();
      spinner.text = `auditing… ${line()}`;
    }
  };
  return {
    onEvent,
    stop: () => {
      clearInterval(timer);
      spinner?.stop();
      // Nothing listed (the organisation could not be read): the error says it all, no empty tally.
      if (!sink.quiet && listed) sink.stderr(`agent-blast-radius: audit: ${line().replace(/, ETA.*$/, '')} in ${formatDuration(now() - started)}\n`);
    },
  };
}
