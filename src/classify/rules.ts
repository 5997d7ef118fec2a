// Classification: which of the rules ABR001–ABR008 (src/context/rules.ts) fire for a secret, given its findings and scope.
import type { Certainty, DestroyPrimitive, Finding, Location, Result, RuleId, Scope } from '../types.js';
import { failOnRules } from '../context/rules.js';
import { isLoopback, isProduction } from '../context/environment.js';

/** Other places of the same secret listed per result; the rest are counted (`Result.relatedMore`). */
export const MAX_RELATED = 10;

/** Results for every occurrence of one secret (`findings` share a fingerprint), given what its scope is. */
export function classify(findings: Finding[], scope: Scope, remediation: string): Result[] {
  if (scope.status === 'revoked') return [];
  const out: Result[] = [];
  const locations: Location[] = findings.map(locationOf);
  // How many of the places are each place (once, unless two detectors reported the same span): the count of
  // the others is then known without reading every place for every occurrence (quadratic in the copies).
  const placeKey = (l: Location) => `${l.path}\0${l.commit ?? ''}\0${l.line}\0${l.column}`;
  const atPlace = new Map<string, number>();
  for (const l of locations) atPlace.set(placeKey(l), (atPlace.get(placeKey(l)) ?? 0) + 1);
  for (const f of findings) {
    // At most MAX_RELATED other places, and how many more: a secret in n places would otherwise make each of
    // its n results list the n - 1 others, a report quadratic in n (600 copies of one line crashed SARIF).
    const related: Location[] = [];
    const self = placeKey(locationOf(f));
    const elsewhere = locations.length - atPlace.get(self)!;
    for (const l of locations) {
      if (related.length === MAX_RELATED || related.length === elsewhere) break;
      if (placeKey(l) !== self) related.push(l);
    }
    const relatedMore = elsewhere - related.length;
    const fire = (ruleId: RuleId, certainty: Certainty, data: Record<string, string> = {}) =>
      out.push({ ruleId, finding: f, related, ...(relatedMore ? { relatedMore } : {}), scope, certainty, data, remediation });
    // A token that fails its format's checksum was never issued: not a root, a destroyer or an agent's
    // credential, only an unverified string worth a look (its scope's reason says why).
    if (f.facts.checksum === 'mismatch') {
      fire('ABR007', 'inferred', { reason: scope.reason ?? 'its checksum does not match' });
      continue;
    }
    // A value under a secret's name that reads as a typed sample: reported for a look, never as more than that.
    if (f.facts.sample === 'likely') {
      fire('ABR007', 'inferred', { reason: scope.reason ?? 'the value looks like a typed sample' });
      continue;
    }
    const env = f.context.environment;
    const reached = scope.reach.environments;
    const reachesAll = reached.includes('*');
    const strong: RuleId[] = [];
    // A server on loopback is this machine's: its superuser is no account's root, it reaches no production
    // and no other environment, and its "backups" are files beside it. What it can drop, it can still drop.
    // (A tunnel to production on localhost is declared in the config's `environments` map, and then is not local.)
    const local = f.facts.host !== undefined && isLoopback(f.facts.host) && reached.every((e) => e === 'development');

    if (scope.root && !local) {
      fire('ABR001', scope.certainty);
      strong.push('ABR001');
    }
    if (!local && !isProduction(env) && (reachesAll || reached.some(isProduction))) {
      fire('ABR002', scope.certainty, { environment: env, reached: reachesAll ? 'every environment, production included' : 'production' });
      strong.push('ABR002');
    }
    if (scope.destroy.length) {
      const confirmed = scope.destroy.some((d) => d.certainty === 'confirmed');
      fire('ABR003', confirmed ? 'confirmed' : 'inferred', { actions: actionsOf(scope.destroy) });
      strong.push('ABR003');
    }
    const backups = scope.destroy.filter((d) => d.destroysBackups);
    if (backups.length && !local) {
      const confirmed = backups.some((d) => d.certainty === 'confirmed');
      fire('ABR004', confirmed ? 'confirmed' : 'inferred', { actions: actionsOf(backups) });
      strong.push('ABR004');
    }
    if (f.context.agentConfig) {
      fire('ABR005', 'confirmed');
      strong.push('ABR005');
    }
    // Only a known own environment makes another one "other".
    const others = env === 'unknown' || local ? [] : reached.filter((e) => e !== '*' && !isProduction(e) && e !== env);
    if (others.length) fire('ABR008', scope.certainty, { environment: env, reached: others.join(', ') });
    if (!strong.length) {
      if (scope.status === 'live') fire('ABR006', 'confirmed');
      else fire('ABR007', 'confirmed', { reason: scope.reason ?? 'not resolved' });
    }
  }
  return out;
}

/** Each destroy action once: a resolver lists one primitive per target (`volumeDelete` on each volume). */
function actionsOf(list: DestroyPrimitive[]): string {
  return [...new Set(list.map((d) => d.action))].join(', ');
}

export function locationOf(f: Finding): Location {
  return { path: f.path, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, ...(f.commit ? { commit: f.commit, removed: Boolean(f.removed) } : {}) };
}

/** `--fail-on`: a band (critical, high, medium, low: the rules at or above it), `none`, or a list of rule ids. */
export function failPredicate(spec: string): (r: Result) => boolean {
  const ids = failOnRules(spec);
  return (r) => ids.has(r.ruleId);
}
