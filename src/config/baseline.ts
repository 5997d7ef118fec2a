// Accepted findings: the config's `accept` list and baseline files (`--baseline FILE`, the Action's
// `baseline` input) hold entries by fingerprint with a reason and an optional expiry date; an expired
// entry fires again. `--write-baseline FILE` writes every current finding into one.
import { existsSync } from 'node:fs';
import { provider } from '../../scopes/index.js';
import { ConfigError } from '../errors.js';
import type { Result } from '../types.js';
import { type AcceptEntry, loadConfig } from './index.js';

/** A date as YYYY-MM-DD, UTC. */
export const isoDay = (now: Date) => now.toISOString().slice(0, 10);

/** The entries in force on `now` (fingerprint → reason) and the expired ones, which fire again. */
export function acceptedOn(entries: AcceptEntry[], now = new Date()): { accepted: Map<string, string>; expired: AcceptEntry[] } {
  const day = isoDay(now);
  const accepted = new Map<string, string>();
  for (const e of entries) if (!(e.expires && e.expires < day) && !accepted.has(e.fingerprint)) accepted.set(e.fingerprint, e.reason);
  const expired = entries.filter((e) => e.expires && e.expires < day && !accepted.has(e.fingerprint));
  return { accepted, expired };
}

/** A baseline file's entries: the same shape and schema as the config file, holding `accept` only. A file in a checked-out tree (the Action's) is not followed when it is a link. */
export function loadBaseline(path: string, followLinks = true): AcceptEntry[] {
  const data = loadConfig(path, true, followLinks);
  const other = Object.keys(data).find((k) => k !== 'accept');
  if (other) throw new ConfigError(`${path}: ${other} is not a baseline setting (a baseline file holds only accept)`, 'move it to .agent-blast-radius.yml');
  return data.accept ?? [];
}

/** Loads the baseline at `path` if it exists (for --write-baseline, which keeps what is already there). */
export function loadBaselineIfAny(path: string): AcceptEntry[] {
  return existsSync(path) ? loadBaseline(path) : [];
}

// A comment line never spans lines, whatever a path holds.
const oneLine = (s: string) => s.replace(/[\u0000-\u001f\u007f]/g, '?');

/**
 * The baseline accepting every finding of `results` that nothing else accepts already: entries in `keep`
 * (the file being rewritten) keep their reason and expiry; fingerprints no longer found are dropped.
 */
export function baselineYaml(results: Result[], keep: AcceptEntry[], now = new Date()): string {
  const kept = new Map(keep.map((e) => [e.fingerprint, e]));
  const entries: Array<{ entry: AcceptEntry; about: string }> = [];
  const seen = new Set<string>();
  for (const r of results) {
    const f = r.finding;
    // Accepted by the config file or an inline allow: not this file's to accept.
    if (r.accepted && !kept.has(f.fingerprint)) continue;
    if (seen.has(f.fingerprint)) continue;
    seen.add(f.fingerprint);
    const rules = [...new Set(results.filter((x) => x.finding.fingerprint === f.fingerprint).map((x) => x.ruleId))].join(', ');
    const where = `${f.path}:${f.line}`;
    const entry = kept.get(f.fingerprint) ?? { fingerprint: f.fingerprint, reason: `baselined on ${isoDay(now)}: ${providerLabel(f.provider)} ${f.tokenKind} at ${where}` };
    entries.push({ entry, about: `${providerLabel(f.provider)} ${f.tokenKind} · ${where}${r.related.length ? ` (+${r.related.length} more)` : ''} · ${rules}` });
  }
  const out = [
    '# agent-blast-radius baseline: findings accepted on purpose, by fingerprint (a hash, never the secret).',
    '# Written by `agent-blast-radius scan --write-baseline FILE`, read by `--baseline FILE`. Give each entry a',
    '# real reason; `expires: YYYY-MM-DD` makes a finding fire again after that day.',
  ];
  if (!entries.length) return [...out, 'accept: []', ''].join('\n');
  out.push('accept:');
  for (const { entry, about } of entries) {
    out.push(`  # ${oneLine(about)}`);
    out.push(`  - fingerprint: ${entry.fingerprint}`);
    out.push(`    reason: ${JSON.stringify(entry.reason)}`);
    if (entry.expires) out.push(`    expires: ${JSON.stringify(entry.expires)}`);
  }
  return out.join('\n') + '\n';
}

const providerLabel = (id: string) => provider(id)?.name ?? id;
