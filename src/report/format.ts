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
 * no mention, no cell break. Backslashes are doubled first, so a value ending in `\` cannot escape the
 * pipe that follows (GFM tables: https://github.github.com/gfm/#tables-extension-).
 */
export function markdownText(s: string): string {
  return s
    .replace(/[\r\n]+/g, ' ')
    .replace(/\\/g, '\\\\')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\|/g, '\\|')
    .replace(/@/g, '&#64;');
}

/**
 * Text from the scanned tree or a provider as an inline code span (safe inside a table cell): the fence
 * is one backtick longer than the longest run inside, so the content shows as it is
 * (https://spec.commonmark.org/0.31.2/#code-spans).
 */
export function markdownCode(s: string): string {
  const t = s.replace(/[\r\n\t]+/g, ' ').replace(/\|/g, '\\|');
  const run = Math.max(0, ...(t.match(/`+/g) ?? []).map((r) => r.length));
  if (!run) return `\`${t}\``;
  const fence = '`'.repeat(run + 1);
  return `${fence} ${t} ${fence}`;
}
