// The classify stage of the pipeline (src/pipeline): findings grouped by secret,
// so each unique secret is resolved once, then every group classified
// against its one scope.
import { provider } from '../../scopes/index.js';
import { classify } from './rules.js';
import type { Finding, Result, Scope } from '../types.js';

const byPlace = (a: Finding, b: Finding) => (a.path < b.path ? -1 : a.path > b.path ? 1 : a.line - b.line || a.column - b.column);

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
    const remediation = remediationOf(group[0], scope, p);
    results.push(...classify(group, scope, remediation));
  }
  results.sort(byLocation);
  return { results, revoked };
}

/** The provider's remediation; for a shared format nothing attributed, each issuer's, for whichever it turns out to be. */
function remediationOf(f: Finding, scope: Scope, p: ReturnType<typeof provider>): string {
  const fallback = 'Rotate this credential and keep it out of files the agent can read.';
  if (f.shared && !f.shared.decidedBy) {
    const each = f.shared.issuers.flatMap((id) => {
      const q = provider(id);
      return q ? [`if it is ${q.name}'s: ${q.remediation({ ...f, provider: id }, scope)}`] : [];
    });
    return `Find out which provider issued it (${f.shared.prefix} is ${f.shared.issuers.map((id) => provider(id)?.name ?? id).join(' and ')}'s format), and name it in the variable. ${each.join(' ')}`;
  }
  return p ? p.remediation(f, scope) : fallback;
}

function byLocation(a: Result, b: Result): number {
  const fa = a.finding;
  const fb = b.finding;
  return fa.path < fb.path ? -1 : fa.path > fb.path ? 1 : fa.line - fb.line || fa.column - fb.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
