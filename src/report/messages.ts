// Results are data; these templates turn them into words, the same in every format.
// The first sentence of a message is the alert's title in GitHub code scanning.
import { provider } from '../../scopes/index.js';
import { isProduction } from '../context/environment.js';
import type { DeadlineSummary, Finding, HistorySummary, Resource, Result, UnreportedSummary } from '../types.js';
import { formatBytes } from './format.js';
import { describeDestroys, describeResource } from './resources.js';

export function providerName(id: string): string {
  return provider(id)?.name ?? id;
}

/** Who issued a finding's credential: its provider, or every issuer of a shared format nothing attributed (`Stripe or Clerk`). */
export function issuerName(f: Pick<Finding, 'provider' | 'shared'>): string {
  return f.shared && !f.shared.decidedBy ? f.shared.issuers.map(providerName).join(' or ') : providerName(f.provider);
}

/**
 * The one token kind a result shows, in every reporter: the provider's own word once it answered (online),
 * else the detector's reading of the token's shape.
 */
export function tokenKindOf(r: Pick<Result, 'finding' | 'scope'>): string {
  return r.scope.resolution === 'online' ? r.scope.tokenKind : r.finding.tokenKind;
}

/** The first sentence alone: the alert title. */
export function title(r: Result): string {
  const f = r.finding;
  const who = `${issuerName(f)} ${tokenKindOf(r)}`;
  const where = f.context.variable ? ` in ${f.context.variable}` : '';
  const s = r.scope;
  let first: string;
  switch (r.ruleId) {
    case 'ABR001':
      first = `Root ${who}${where}: it reaches ${s.reach.resources[0] ? describeResource(s.reach.resources[0]) : 'the whole account'}.`;
      break;
    case 'ABR002':
      first = `${cap(who)}${where} in a ${r.data.environment === 'unknown' ? 'non-production (environment unknown)' : r.data.environment} context reaches ${r.data.reached}.`;
      break;
    case 'ABR003':
      first = `${cap(who)}${where} can call ${r.data.actions}.`;
      break;
    case 'ABR004':
      first = `${cap(who)}${where} can destroy data and its backups (${r.data.actions}).`;
      break;
    case 'ABR005':
      first = `${cap(who)}${where} is handed to an agent in ${f.context.origin === 'process-env' ? 'its environment' : 'an agent configuration file'}.`;
      break;
    case 'ABR006':
      first = `Live ${who}${where} is readable by an agent.`;
      break;
    case 'ABR007':
      first = `${cap(who)}${where} is readable by an agent; its scope is not verified.`;
      break;
    case 'ABR008':
      first = `${cap(who)}${where} in a ${r.data.environment} context also reaches ${r.data.reached}.`;
      break;
  }
  return first;
}

/** What the scope destroys, for ABR003/ABR004. */
export function destroyDetail(r: Result): string | undefined {
  if (r.ruleId !== 'ABR003' && r.ruleId !== 'ABR004') return undefined;
  return describeDestroys(r.scope.destroy.filter((d) => r.ruleId === 'ABR003' || d.destroysBackups)).join('; ') + '.';
}

/** Why a verdict is only inferred, naming each inferred fact. */
export function inferredDetail(r: Result): string | undefined {
  if (r.certainty !== 'inferred') return undefined;
  const s = r.scope;
  const basis = s.resolution === 'offline' ? "the token's shape and context, not the provider's answer" : 'facts the provider does not confirm';
  return `Inferred from ${basis}: ${s.inferred.join('; ')}.`;
}

/** Other credentials that reach the same resource: `Reaches the same project x as the PostgreSQL connection-url at .env:2.` */
export function connectedDetail(r: Pick<Result, 'connected' | 'connectedMore'>): string | undefined {
  if (!r.connected?.length) return undefined;
  const byResource = new Map<string, string[]>();
  for (const c of r.connected) {
    const what = describeResource({ ...c.resource, within: undefined });
    const where = c.locations.map((l) => `${l.path}:${l.line}`).join(', ') + (c.locationsMore ? ` and ${c.locationsMore} more places` : '');
    byResource.set(what, [...(byResource.get(what) ?? []), `the ${providerName(c.provider)} ${c.tokenKind} at ${where}`]);
  }
  const more = r.connectedMore ? ` ${r.connectedMore} more credential${r.connectedMore === 1 ? ' reaches' : 's reach'} the same.` : '';
  return [...byResource].map(([what, others]) => `Reaches the same ${what} as ${others.join(' and ')}.`).join(' ') + more;
}

export function message(r: Result): string {
  const parts = [title(r)];
  const destroy = destroyDetail(r);
  if (destroy) parts.push(destroy);
  const connected = connectedDetail(r);
  if (connected) parts.push(connected);
  const inferred = inferredDetail(r);
  if (inferred) parts.push(inferred);
  if (r.ruleId === 'ABR007' && r.scope.reason) parts.push(`Reason: ${r.scope.reason}.`);
  const f = r.finding;
  if (f.commit)
    parts.push(`It is in the git history (commit ${f.commit}${f.removed ? ', the file since removed' : ''}), which an agent reads with git log -p: removing it from the files does not take it away.`);
  return parts.join(' ');
}

/** Whether a resource (or what it sits within) belongs to production or to every environment. */
function inProduction(res: Resource | undefined): boolean {
  for (let r = res; r; r = r.within) if (r.environment && (r.environment === '*' || isProduction(r.environment))) return true;
  return false;
}

/**
 * One occurrence's fired rules (`rs`, one finding) in plain words, for a headline: `root Railway credential
 * that can destroy production and its backups`. Only what a rule fired is said: what it destroys is
 * "production" only when ABR002 fired and everything it reaches is production (or every environment), or a
 * destroy target is production's. Provider-given text (an environment name) is returned as it is: the
 * caller escapes it for its format.
 */
export function credentialWords(rs: Result[]): string {
  const fired = new Map(rs.map((r) => [r.ruleId, r]));
  const s = rs[0].scope;
  const f = rs[0].finding;
  const strong = (['ABR001', 'ABR002', 'ABR003', 'ABR004', 'ABR005'] as const).some((id) => fired.has(id));
  const adjectives = [fired.has('ABR001') ? 'root' : '', !strong && fired.has('ABR006') ? 'live' : '', !strong && fired.has('ABR007') ? 'unverified' : ''].filter(Boolean);
  const production = fired.get('ABR002');
  const backups = fired.has('ABR004');
  const onlyProduction = s.reach.environments.length > 0 && s.reach.environments.every((e) => e === '*' || isProduction(e));
  const destroysProduction = s.destroy.some((d) => (!backups || d.destroysBackups) && inProduction(d.target));
  const target = production && (onlyProduction || destroysProduction) ? 'production' : 'data';
  const clauses: string[] = [];
  const destroys = backups ? `can destroy ${target} and its backups` : fired.has('ABR003') ? `can destroy ${target}` : undefined;
  // "can destroy production" already says it reaches production.
  if (production && !(destroys && target === 'production'))
    clauses.push(`reaches production from ${production.data.environment === 'unknown' ? 'a non-production context' : production.data.environment}`);
  if (destroys) clauses.push(destroys);
  const other = fired.get('ABR008');
  if (other) clauses.push(`reaches ${other.data.reached} from ${other.data.environment}`);
  if (fired.has('ABR005')) clauses.push(f.context.origin === 'process-env' ? "is in the agent's environment" : 'is in an agent configuration file');
  // "X, and Y": a clause may hold its own "and" (data and its backups).
  const list = clauses.length > 1 ? `${clauses.slice(0, -1).join(', ')}, and ${clauses[clauses.length - 1]}` : (clauses[0] ?? '');
  const inferred = rs.every((r) => r.certainty === 'inferred') ? ' (inferred)' : rs.some((r) => r.certainty === 'inferred') ? ' (partly inferred)' : '';
  return `${[...adjectives, issuerName(f), 'credential'].join(' ')}${list ? ` that ${list}` : ''}${inferred}`;
}

const LIMITS: Record<NonNullable<HistorySummary['limit']>, string> = { blobs: 'blob budget', bytes: 'byte budget', time: 'time budget' };

/** What of the git history was read, what the working tree already held, and what a budget left unread. */
export function historySummary(h: HistorySummary): string {
  if (h.unavailable && !h.commits) return `not read (${h.unavailable})`;
  const parts = [`read ${h.read} blob${h.read === 1 ? '' : 's'} (${formatBytes(h.bytesRead)}) of ${h.blobs} in ${h.commits} commit${h.commits === 1 ? '' : 's'}`];
  if (h.inWorkingTree) parts.push(`${h.inWorkingTree} same as the working tree`);
  if (h.left) parts.push(`left ${h.left} (${LIMITS[h.limit ?? 'time']})`);
  if (h.partial) parts.push('older commits not listed (time budget)');
  if (h.unavailable) parts.push(h.unavailable);
  return parts.join('; ');
}

/**
 * Findings a limit left out of the report (src/pipeline/limits.ts), in words: how many, why, where most, and the
 * flag that raises the limit. Paths are as found: each format escapes them its own way (`name` is that escape).
 */
export function unreportedSummary(u: UnreportedSummary, name: (path: string) => string = (p) => p): string {
  const parts: string[] = [];
  if (u.perFile) {
    const p = u.perFile;
    const where = p.examples.map((e) => `${name(e.path)} ${e.findings}`).join(', ');
    parts.push(
      `${p.findings} in ${p.files} file${p.files === 1 ? '' : 's'} holding more than ${p.limit} distinct credentials (${where}${p.files > p.examples.length ? ', …' : ''}; --max-findings-per-file raises the limit)`,
    );
  }
  if (u.total) parts.push(`${u.total.findings} past the limit of ${u.total.limit} occurrences in all (--max-findings raises it)`);
  return `${u.findings} occurrence${u.findings === 1 ? '' : 's'} found and not reported, nor resolved: ${parts.join('; ')}`;
}

/** What a run stopped by its deadline did not read, in words. */
export function deadlineSummary(d: DeadlineSummary): string {
  const parts: string[] = [];
  if (d.filesNotRead) parts.push(`${d.filesNotRead} file${d.filesNotRead === 1 ? '' : 's'} listed and not read`);
  if (d.walkStopped) parts.push('the walk stopped before listing every file (more were not read)');
  if (d.sourcesNotRead) parts.push(`${d.sourcesNotRead} source${d.sourcesNotRead === 1 ? '' : 's'} not begun (git history, home stores, the environment)`);
  return `the scan stopped at its deadline (${d.seconds} s) and is incomplete: ${parts.length ? parts.join('; ') : 'the last text was read as it passed'}; this report holds what was found before it`;
}

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
