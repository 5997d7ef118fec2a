// The classify stage of the pipeline (src/pipeline): findings grouped by secret,
// so each unique secret is resolved once, then every group classified
// against its one scope.
import { provider } from '../../scopes/index.js';
import { classify } from './rules.js';
import type { Finding, Result, Scope } from '../types.js';

/** Path, then the file on disk before its history (by commit), then line and column. */
const byPlace = (a: Finding, b: Finding) => (a.path < b.path ? -1 : a.path > b.path ? 1 : byCommit(a, b) || a.line - b.line || a.column - b.column);
const byCommit = (a: Finding, b: Finding) => {
  const x = a.commit ?? '';
  const y = b.commit ?? '';
  return x < y ? -1 : x > y ? 1 : 0;
};

/** Findings by fingerprint, each group in path order (sorts `findings` in place: workers finish in any order). */
export function groupBySecret(findings: Finding[]): Map<string, Finding[]> {
  findings.sort(byPlace);
  const bySecret = new Map<string, Finding[]>();
  for (const f of findings) {
    const list = bySecret.get(f.fingerprint) ?? [];
    list.push(f);
    bySecret.set(f.fingerprint, list);
  }
  return bySecret;
}

/** Results for every group given its scope; revoked secrets fire no rule and come back apart. Sorted by location. */
export function classifyGroups(bySecret: Map<string, Finding[]>, scopes: Map<string, Scope>): { results: Result[]; revoked: Finding[] } {
  const results: Result[] = [];
  const revoked: Finding[] = [];
  for (const [fp, group] of bySecret) {
    const p = provider(group[0].provider);
    const scope = scopes.get(fp)!;
    if (scope.status === 'revoked') {
      revoked.push(...group);
      continue;
    }
    const remediation = p ? p.remediation(group[0], scope) : 'Rotate this credential and keep it out of files the agent can read.';
    results.push(...classify(group, scope, remediation));
  }
  results.sort(byLocation);
  return { results, revoked };
}

function byLocation(a: Result, b: Result): number {
  const fa = a.finding;
  const fb = b.finding;
  return fa.path < fb.path ? -1 : fa.path > fb.path ? 1 : byCommit(fa, fb) || fa.line - fb.line || fa.column - fb.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
