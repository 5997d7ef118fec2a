// The classify stage of the pipeline (src/pipeline): findings grouped by secret,
// so each unique secret is resolved once, then every group classified
// against its one scope.
import { provider } from '../../scopes/index.js';
import { classify, locationOf, MAX_RELATED } from './rules.js';
import type { Connection, Finding, Resource, Result, Scope } from '../types.js';

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
    const remediation = remediationOf(group[0], scope, p);
    results.push(...classify(group, scope, remediation));
  }
  connect(results, bySecret, scopes);
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

/** The resources a scope reaches that carry a key, each with its containers. */
function keyed(scope: Scope): Resource[] {
  const out: Resource[] = [];
  for (const r of scope.reach.resources) {
    for (let x: Resource | undefined = r; x; x = x.within) if (x.key && !out.some((o) => o.key === x!.key)) out.push(x);
  }
  return out;
}

/**
 * Credentials that reach the same resource (one key, as their resolvers named it: a Supabase service key and
 * the database URL of its project) are connected: each result names the others. Both keep their own verdicts.
 */
function connect(results: Result[], bySecret: Map<string, Finding[]>, scopes: Map<string, Scope>): void {
  const byKey = new Map<string, Array<{ fp: string; resource: Resource }>>();
  for (const [fp, scope] of scopes) {
    if (scope.status === 'revoked' || !bySecret.has(fp)) continue;
    for (const r of keyed(scope)) {
      const list = byKey.get(r.key!);
      if (list) list.push({ fp, resource: r });
      else byKey.set(r.key!, [{ fp, resource: r }]);
    }
  }
  // Each credential lists at most MAX_RELATED others, each at most MAX_RELATED of its places, and counts the rest:
  // n credentials of one project listing every other one's every place made a report quadratic in n.
  const connections = new Map<string, { list: Connection[]; more: number }>();
  for (const holders of byKey.values()) {
    if (holders.length < 2) continue;
    for (const h of holders) {
      const entry = connections.get(h.fp) ?? { list: [], more: 0 };
      for (const o of holders) {
        if (o.fp === h.fp) continue;
        if (entry.list.length >= MAX_RELATED) {
          entry.more++;
          continue;
        }
        const other = bySecret.get(o.fp)!;
        entry.list.push({
          resource: h.resource,
          provider: other[0].provider,
          tokenKind: scopes.get(o.fp)!.resolution === 'online' ? scopes.get(o.fp)!.tokenKind : other[0].tokenKind,
          locations: other.slice(0, MAX_RELATED).map(locationOf),
          ...(other.length > MAX_RELATED ? { locationsMore: other.length - MAX_RELATED } : {}),
        });
      }
      connections.set(h.fp, entry);
    }
  }
  for (const r of results) {
    const c = connections.get(r.finding.fingerprint);
    if (c) {
      r.connected = c.list;
      if (c.more) r.connectedMore = c.more;
    }
  }
}

function byLocation(a: Result, b: Result): number {
  const fa = a.finding;
  const fb = b.finding;
  return fa.path < fb.path ? -1 : fa.path > fb.path ? 1 : byCommit(fa, fb) || fa.line - fb.line || fa.column - fb.column || (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0);
}
