// Results are data; these templates turn them into words, the same in every format.
// The first sentence of a message is the alert's title in GitHub code scanning.
import { provider } from '../../scopes/index.js';
import type { HistorySummary, Result } from '../types.js';
import { formatBytes } from './format.js';
import { describeDestroys, describeResource } from './resources.js';

export function providerName(id: string): string {
  return provider(id)?.name ?? id;
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
  const who = `${providerName(f.provider)} ${tokenKindOf(r)}`;
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

export function message(r: Result): string {
  const parts = [title(r)];
  const destroy = destroyDetail(r);
  if (destroy) parts.push(destroy);
  const inferred = inferredDetail(r);
  if (inferred) parts.push(inferred);
  if (r.ruleId === 'ABR007' && r.scope.reason) parts.push(`Reason: ${r.scope.reason}.`);
  const f = r.finding;
  if (f.commit) parts.push(`It is in the git history (commit ${f.commit}${f.removed ? ', the file since removed' : ''}), which an agent reads with git log -p: removing it from the files does not take it away.`);
  return parts.join(' ');
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

const cap = (s: string) => s.charAt(0).toUpperCase() + s.slice(1);
