// `merge`: the shards of one audit combined into the report an unsharded run would have written —
// repositories united, each secret once (its best-established scope kept), risks re-ranked — and
// every shard's SARIF files gathered under one folder.
import { copyFileSync, existsSync, mkdirSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { UsageError } from '../errors.js';
import type { Scope } from '../types.js';
import { buildOrgReport, ORG_REPORT_KIND, type OrgReport } from './report.js';
import type { RepositoryRecord, Shard } from './types.js';

const ORG_JSON = 'org-report.json';

/** A scope established by the provider beats one inferred offline; a definite status beats `unknown`. */
function better(a: Scope, b: Scope): Scope {
  const rank = (s: Scope) => (s.resolution === 'online' ? 2 : 0) + (s.status !== 'unknown' ? 1 : 0);
  if (rank(a) !== rank(b)) return rank(a) > rank(b) ? a : b;
  return JSON.stringify(a) <= JSON.stringify(b) ? a : b;
}

export function mergeAudits(reports: OrgReport[], generatedAt: string): OrgReport {
  if (!reports.length) throw new UsageError('merge needs at least one audit report');
  const org = reports[0].org;
  for (const r of reports) if (r.org.toLowerCase() !== org.toLowerCase()) throw new UsageError(`merge: reports of different organisations (${org}, ${r.org})`);
  const shards: Shard[] = reports.flatMap((r) => r.shards);
  const counts = new Set(shards.map((s) => s.count));
  if (counts.size > 1) throw new UsageError(`merge: shards of different splits (${[...counts].map((n) => `/${n}`).join(', ')})`, 'merge the shards of one run');
  if (shards.length && shards.length !== reports.length) throw new UsageError('merge: sharded and unsharded reports mixed');
  const seen = new Set<number>();
  for (const s of shards) {
    if (seen.has(s.index)) throw new UsageError(`merge: shard ${s.index}/${s.count} given twice`);
    seen.add(s.index);
  }
  const count = shards[0]?.count ?? 0;
  const missingShards = Array.from({ length: count }, (_, i) => i + 1).filter((i) => !seen.has(i));
  const ordered = [...reports].sort((a, b) => (a.shards[0]?.index ?? 0) - (b.shards[0]?.index ?? 0));

  const repositories = new Map<string, RepositoryRecord>();
  const scopes: Record<string, Scope> = {};
  for (const r of ordered) {
    for (const rec of r.repositories) {
      const prev = repositories.get(rec.fullName);
      // A repository in two reports (overlapping runs): a scan beats a failure.
      if (!prev || (prev.status !== 'scanned' && rec.status === 'scanned')) repositories.set(rec.fullName, rec);
    }
    for (const x of [...r.risks, ...r.revoked]) if (x.scope) scopes[x.fingerprint] = scopes[x.fingerprint] ? better(scopes[x.fingerprint], x.scope) : x.scope;
  }
  return buildOrgReport({
    org,
    generatedAt,
    shards: [...shards].sort((a, b) => a.index - b.index),
    missingShards,
    listing: ordered[0].listing,
    repositories: [...repositories.values()],
    scopes: Object.fromEntries(Object.entries(scopes).sort(([a], [b]) => (a < b ? -1 : 1))),
  });
}

/** The report folders under each argument: the folder itself when it holds org-report.json, else its subfolders that do. */
export function findAuditDirs(args: string[]): string[] {
  const dirs: string[] = [];
  for (const a of args) {
    if (!existsSync(a) || !statSync(a).isDirectory()) throw new UsageError(`${a}: no such directory`);
    if (existsSync(join(a, ORG_JSON))) {
      dirs.push(a);
      continue;
    }
    const subs = readdirSync(a, { withFileTypes: true })
      .filter((e) => e.isDirectory() && existsSync(join(a, e.name, ORG_JSON)))
      .map((e) => join(a, e.name))
      .sort();
    if (!subs.length) throw new UsageError(`${a}: no ${ORG_JSON} in it or its subfolders`, 'pass the --output-dir of each shard, or the folder the shard artifacts were downloaded to');
    dirs.push(...subs);
  }
  return dirs;
}

export function readAuditReport(dir: string): OrgReport {
  let report: OrgReport;
  try {
    report = JSON.parse(readFileSync(join(dir, ORG_JSON), 'utf8')) as OrgReport;
  } catch (err) {
    throw new UsageError(`${join(dir, ORG_JSON)}: ${(err as Error).message}`);
  }
  if (report?.kind !== ORG_REPORT_KIND || !Array.isArray(report.repositories)) throw new UsageError(`${join(dir, ORG_JSON)} is not an agent-blast-radius audit report`);
  return report;
}

/** Copies each repository's SARIF from the folder of the report that holds it. Returns the files written. */
export function gatherSarif(dirs: string[], reports: OrgReport[], merged: OrgReport, outputDir: string): string[] {
  const from = new Map<string, string>();
  reports.forEach((r, i) => {
    for (const rec of r.repositories) if (rec.sarif && !from.has(`${rec.fullName}\0${rec.sarif}`)) from.set(`${rec.fullName}\0${rec.sarif}`, dirs[i]);
  });
  const written: string[] = [];
  for (const rec of merged.repositories) {
    if (!rec.sarif) continue;
    // Paths come from the reports: they must stay under sarif/.
    if (!/^sarif\/[A-Za-z0-9._-]+\/[A-Za-z0-9._-]+\.sarif$/.test(rec.sarif) || rec.sarif.includes('/../')) throw new UsageError(`merge: unexpected SARIF path ${rec.sarif}`);
    const dir = from.get(`${rec.fullName}\0${rec.sarif}`);
    const src = dir && join(dir, rec.sarif);
    if (!src || !existsSync(src)) throw new UsageError(`merge: ${rec.sarif} for ${rec.fullName} is missing`, 'download every shard artifact, SARIF folder included');
    const dst = join(outputDir, rec.sarif);
    if (src !== dst) {
      mkdirSync(dirname(dst), { recursive: true });
      copyFileSync(src, dst);
    }
    written.push(dst);
  }
  return written;
}
