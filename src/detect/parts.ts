// Detection of one text that may be a part of a file read in parts (src/walk/index.ts `readTexts`): the
// part's findings placed in the file, and those the next part holds whole (the overlap) left to it.
import type { Finding, TextInput } from '../types.js';
import { detectText } from './text.js';

/** Detects every credential in one text or part of a file, located in the file. */
export function detectInput(t: TextInput, environment?: string): Finding[] {
  const found = detectText(t, environment);
  const part = t.part;
  if (!part) return found;
  const out: Finding[] = [];
  for (const f of found) {
    const u = part.until;
    if (u && (f.line > u.line || (f.line === u.line && f.column >= u.column))) continue;
    // Only the part's first line shares its columns with the line the part starts in.
    if (f.endLine === 1) f.endColumn += part.column - 1;
    if (f.line === 1) f.column += part.column - 1;
    f.line += part.line - 1;
    f.endLine += part.line - 1;
    out.push(f);
  }
  return out;
}
