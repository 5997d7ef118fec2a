// Inline acceptance: a line holding `agent-blast-radius:allow <reason>` accepts the finding on that line.
// Plain string work, no pattern: it runs on every line that holds a secret.

import { lineNear } from './define.js';

export const ALLOW_MARKER = 'agent-blast-radius:allow';

// Comment closers that may follow the reason on the same line (C, HTML, Jinja/ERB templates).
const CLOSERS = ['*/', '-->', '#}', '%>', '%}'];

/** The text of the line holding `offset`, without its line break; at most 4 KiB either side (each match of a long line asks). */
export function lineAt(text: string, offset: number): string {
  return lineNear(text, offset, 4096).replace(/\r$/, '');
}

/** The reason of an inline allow on this line, or undefined (no marker, or a marker with no reason). */
export function allowReason(line: string): string | undefined {
  const i = line.indexOf(ALLOW_MARKER);
  if (i < 0) return undefined;
  let rest = line.slice(i + ALLOW_MARKER.length);
  // `agent-blast-radius:allowed` is not the marker; a reason is separated by white space (or a colon).
  if (rest && !/^[\s:]/.test(rest)) return undefined;
  rest = rest.replace(/^:/, '').trim();
  for (let changed = true; changed; ) {
    changed = false;
    for (const c of CLOSERS) {
      if (rest.endsWith(c)) {
        rest = rest.slice(0, -c.length).trimEnd();
        changed = true;
      }
    }
  }
  return rest.length ? rest : undefined;
}
