// Rules ABR001–ABR008 (DESIGN.md): stable ids, one per severity that matters, because GitHub code
// scanning reads `security-severity` from the rule.
import type { Certainty, DestroyPrimitive, Finding, Location, Result, RuleId, Scope } from '../types.js';
import { isProduction } from './environment.js';

export interface Rule {
  id: RuleId;
  name: string;
  short: string;
  full: string;
  level: 'error' | 'warning';
  severity: number;
}

export const RULES: Rule[] = [
  { id: 'ABR001', name: 'root-credential', level: 'error', severity: 9.5, short: 'Root credential readable by an agent', full: 'The credential reaches a whole account or organisation — every project and every environment: an account token, an organisation admin, a *:* policy, a database superuser. An agent that finds it can do anything its owner can.' },
  { id: 'ABR002', name: 'production-reach-from-non-production', level: 'error', severity: 9.0, short: 'Production reachable from a non-production workspace', full: 'The credential sits in a non-production context (the file names a non-production environment, or the workspace was declared one with --environment, or neither is known) and reaches production. This is the April 2026 incident exactly: a staging task, an unrelated file, a token that reached production.' },
  { id: 'ABR003', name: 'destructive-credential', level: 'error', severity: 8.5, short: 'Credential can call an irreversible destroy primitive', full: 'The credential can delete a volume, database, bucket, repository or project, drop or truncate tables, or flush a cache — an action that cannot be undone.' },
  { id: 'ABR004', name: 'backup-reach', level: 'error', severity: 9.0, short: 'Credential can destroy the data and its backups', full: 'The credential can destroy both the data and its backups (a volume deletion that takes its backups, automated-backup deletion, FLUSHALL replacing the RDB file): there is no recovery path.' },
  { id: 'ABR005', name: 'agent-config-credential', level: 'error', severity: 7.5, short: 'Credential handed to an agent directly', full: 'The credential is in an MCP server or agent configuration file, or in the environment the agent inherits: it is given to the agent, not merely lying where the agent can read it.' },
  { id: 'ABR006', name: 'live-credential', level: 'warning', severity: 6.0, short: 'Live credential readable by an agent', full: 'The provider confirmed the credential is live, and none of ABR001–ABR005 fired.' },
  { id: 'ABR007', name: 'unverified-credential', level: 'warning', severity: 5.0, short: 'Credential readable by an agent, scope not verified', full: 'What the credential can do is unknown: the scan ran offline, the provider could not be reached, or the provider is not one this tool resolves; none of ABR001–ABR005 fired. Treat it as live until shown otherwise.' },
  { id: 'ABR008', name: 'cross-environment-credential', level: 'warning', severity: 5.5, short: 'Credential reaches another non-production environment', full: 'The credential reaches a non-production environment other than the one it sits in (a staging file holding a token that also reaches preview or development).' },
];

export const RULE_BY_ID = new Map(RULES.map((r) => [r.id, r]));

/** Results for every occurrence of one secret (`findings` share a fingerprint), given what its scope is. */
export function classify(findings: Finding[], scope: Scope, remediation: string): Result[] {
  if (scope.status === 'revoked') return [];
  const out: Result[] = [];
  const locations: Location[] = findings.map(locationOf);
  for (const f of findings) {
    const related = locations.filter((l) => l.path !== f.path || l.line !== f.line || l.column !== f.column);
    const fire = (ruleId: RuleId, certainty: Certainty, data: Record<string, string> = {}) =>
      out.push({ ruleId, finding: f, related, scope, certainty, data, remediation });
    const env = f.context.environment;
    const reached = scope.reach.environments;
    const reachesAll = reached.includes('*');
    const strong: RuleId[] = [];

    if (scope.root) {
      fire('ABR001', scope.certainty);
      strong.push('ABR001');
    }
    if (!isProduction(env) && (reachesAll || reached.some(isProduction))) {
      fire('ABR002', scope.certainty, { environment: env, reached: reachesAll ? 'every environment, production included' : 'production' });
      strong.push('ABR002');
    }
    if (scope.destroy.length) {
      const confirmed = scope.destroy.some((d) => d.certainty === 'confirmed');
      fire('ABR003', confirmed ? 'confirmed' : 'inferred', { actions: actionsOf(scope.destroy) });
      strong.push('ABR003');
    }
    const backups = scope.destroy.filter((d) => d.destroysBackups);
    if (backups.length) {
      const confirmed = backups.some((d) => d.certainty === 'confirmed');
      fire('ABR004', confirmed ? 'confirmed' : 'inferred', { actions: actionsOf(backups) });
      strong.push('ABR004');
    }
    if (f.context.agentConfig) {
      fire('ABR005', 'confirmed');
      strong.push('ABR005');
    }
    // Only a known own environment makes another one "other".
    const others = env === 'unknown' ? [] : reached.filter((e) => e !== '*' && !isProduction(e) && e !== env);
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
  return { path: f.path, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn };
}

/** `--fail-on`: a severity band (critical ≥ 9, high ≥ 7, medium ≥ 4, low > 0) or a list of rule ids. */
export function failPredicate(spec: string): (r: Result) => boolean {
  const bands: Record<string, number> = { critical: 9, high: 7, medium: 4, low: 0.001 };
  const s = spec.trim().toLowerCase();
  if (s in bands) return (r) => RULE_BY_ID.get(r.ruleId)!.severity >= bands[s];
  if (s === 'none' || s === 'never') return () => false;
  const ids = new Set(spec.split(',').map((x) => x.trim().toUpperCase()));
  return (r) => ids.has(r.ruleId);
}

export function isValidFailOn(spec: string): boolean {
  const s = spec.trim().toLowerCase();
  if (['critical', 'high', 'medium', 'low', 'none', 'never'].includes(s)) return true;
  return spec.split(',').every((x) => RULE_BY_ID.has(x.trim().toUpperCase() as RuleId));
}
