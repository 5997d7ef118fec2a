// Formatting helpers every writer shares, so a size or an escaped cell reads the same in the text
// report, the Markdown summaries (scan and organisation) and the audit's progress line.

/** A byte count in binary units (1 KiB = 1024 B, IEC 80000-13), one decimal above bytes. */
export function formatBytes(n: number): string {
  if (n < 1024) return `${n} B`;
  const units = ['KiB', 'MiB', 'GiB', 'TiB'];
  let v = n / 1024;
  let i = 0;
  while (v >= 1024 && i < units.length - 1) {
    v /= 1024;
    i++;
  }
  return `${v.toFixed(1)} ${units[i]}`;
}

/**
 * Text from the scanned tree or a provider as Markdown prose inside a GFM table cell: one line, no HTML,
 * no mention, no cell break, no control character (`terminalText`). Backslashes are doubled first, so a
 * value ending in `\` cannot escape the pipe that follows (GFM tables: https://github.github.com/gfm/#tables-extension-).
 */
export function markdownText(s: string): string {
  return terminalText(s.replace(/[\r\n]+/g, ' '))
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/@/g, '&#64;');
}

/**
 * Text from the scanned tree or a provider as an inline code span (safe inside a table cell): the fence
 * is one backtick longer than the longest run inside, so the content shows as it is, control characters
 * escaped (`terminalText`) (https://spec.commonmark.org/0.31.2/#code-spans).
 */
export function markdownCode(s: string): string {
  const t = terminalText(s.replace(/[\r\n\t]+/g, ' ')).replace(/\|/g, '\\|');
  const run = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  if (!run) return `\`${t}\``;
  const fence = '`'.repeat(run + 1);
  return `${fence} ${t} ${fence}`;
}

// C0 controls, DEL, C1 controls, the line and paragraph separators, bidirectional overrides and
// isolates ("Trojan Source", https://trojansource.codes/), and lone surrogates: nothing a name from the
// scanned tree or a provider's answer may carry to a terminal as it is.
const CONTROLS = /[\u0000-\u001f\u007f-\u009f\u2028\u2029\u202a-\u202e\u2066-\u2069]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;
const NAMED: Record<string, string> = { '\n': '\\n', '\r': '\\r', '\t': '\\t' };

/**
 * Text from the scanned tree or a provider (a file name, a variable, a provider's project name) as one
 * visible line for a terminal or a report: `\n`, `\r` and `\t` by name, every other C0 control and DEL
 * as `\xNN` (ESC is `\x1b`), C1 controls, separators, bidirectional controls and lone surrogates as
 * `\uNNNN`. Invalid UTF-8 in a file name is already `\xNN` (src/walk decodes names that way), so the
 * escaped form of a name reads the same whichever way it was hostile.
 */
export function terminalText(s: string): string {
  return s.replace(CONTROLS, (c) => {
    const n = c.charCodeAt(0);
    return NAMED[c] ?? (n < 0x80 ? `\\x${n.toString(16).padStart(2, '0')}` : `\\u${n.toString(16).padStart(4, '0')}`);
  });
}

/**
 * What follows a place held in git history rather than on disk: ` (history: <commit>)`, and `, removed`
 * when the path is gone from the working tree. Empty for a file on disk. The commit is hex: no escaping needed.
 */
export function historyNote(l: { commit?: string; removed?: boolean }): string {
  return l.commit ? ` (history: ${l.commit}${l.removed ? ', removed' : ''})` : '';
}
