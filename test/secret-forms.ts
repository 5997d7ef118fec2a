// Every detector's positive examples as files of one workspace, and the forms a secret could leak in, for
// the tests that prove no output holds a secret (reports: redaction.test.ts; the guard: guard-redaction).
import { detectors } from '../detectors/index.js';

/** One file per positive example (`<detector>/<n>/<path>`), and the secrets they hold. */
export function exampleWorkspace(): { files: Record<string, string>; secrets: string[] } {
  const files: Record<string, string> = {};
  const secrets: string[] = [];
  for (const d of detectors) {
    for (const [i, p] of d.examples.positive.entries()) {
      files[`${d.id}/${i}/${p.path ?? 'example.txt'}`] = p.text(p.secret);
      secrets.push(p.secret);
    }
  }
  return { files, secrets };
}

const formsOf = new Map<string, string[]>();

/**
 * The secret, percent-encoded, base64, JSON-escaped and, for a base64 `user:password`, its password half. Worked out
 * once per secret: the guard's test looks for every secret in thousands of outputs.
 */
export function leakForms(s: string): string[] {
  let forms = formsOf.get(s);
  if (!forms) formsOf.set(s, (forms = computeForms(s)));
  return forms;
}

function computeForms(s: string): string[] {
  const out = new Set([s, encodeURIComponent(s), Buffer.from(s).toString('base64'), JSON.stringify(s).slice(1, -1)]);
  try {
    out.add(decodeURIComponent(s));
  } catch {
    // not percent-encoded
  }
  const decoded = Buffer.from(s, 'base64').toString('utf8');
  if (/^[\x20-\x7e]+:[\x20-\x7e]{6,}$/.test(decoded)) out.add(decoded.slice(decoded.indexOf(':') + 1));
  return [...out].filter((x) => x.length >= 6);
}
