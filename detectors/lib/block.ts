import { indexAfter } from '../../src/detect/define.js';

/** One past the end of the line holding `marker` at or after `from`, or -1 (linear: one indexOf). */
export function endOfBlock(text: string, from: number, marker: string, limit = 65536): number {
  const at = text.indexOf(marker, from);
  if (at < 0 || at - from > limit) return -1;
  // The line's end, remembered per text: on one long line of blocks each search would read to its end.
  const eol = indexAfter(text, '\n', at + marker.length);
  return eol < 0 ? text.length : eol;
}

/**
 * True when the text between a PEM-style BEGIN line and its END line is a key body: base64 lines, with
 * optional RFC 1421 headers (Proc-Type, DEK-Info), JSON-escaped newlines (\\n, \\r\\n) and string literals joined by `+` — not code that mentions the markers.
 */
export function isKeyBody(block: string): boolean {
  const body = block
    .replace(/^-----BEGIN [A-Z ]+-----/, '')
    .replace(/-----END [A-Z ]+-----$/, '')
    .replace(/\\r/g, '')
    .replace(/\\n/g, '\n')
    // A key split into string literals joined by `+` (Java, C#, JS): `"…" +` line ends and `"` line starts.
    .replace(/["']?[ \t]*\+[ \t]*$/gm, '')
    .replace(/^[ \t]*["']|["'][ \t]*$/gm, '')
    .replace(/^[A-Za-z-]+: [^\n]*$/gm, '');
  return body.length >= 64 && /^[A-Za-z0-9+/=\s]+$/.test(body);
}
