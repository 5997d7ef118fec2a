// Classification as a decision table: (where the secret sits, what its scope is) → the rules that fire,
// each with its certainty. Findings and scopes are built here, not by detectors and resolvers, so a rule
// change is one row here and stops rippling through the provider suites.
import { describe, expect, it } from 'vitest';
import { classify } from '../src/classify/rules.js';
import { RULE_IDS } from '../src/context/rules.js';
import type { DestroyPrimitive, Finding, FindingContext, Scope } from '../src/types.js';

/** An occurrence of a secret in a file of `environment` (the classification environment). */
function finding(environment: string, context: Partial<FindingContext> = {}, line = 1): Finding {
  return {
    detectorId: 'example-token',
    provider: 'example',
    tokenKind: 'token',
    path: `config/${environment}.env`,
    line,
    column: 7,
    endLine: line,
    endColumn: 39,
    secret: 'not-a-real-secret',
    parts: {},
    facts: {},
    fingerprint: 'f'.repeat(16),
    redacted: 'not-a…',
    context: { fileEnvironment: environment, environment, agentConfig: false, origin: 'workspace', ...context },
  };
}

/** A live, online, confirmed scope that reaches nothing and destroys nothing, unless `s` says otherwise. */
function scope(s: Partial<Scope> & { reaches?: string[] } = {}): Scope {
  const { reaches = [], ...rest } = s;
  return {
    status: 'live',
    resolution: 'online',
    tokenKind: 'token',
    reach: { environments: reaches, resources: [] },
    root: false,
    destroy: [],
    certainty: 'confirmed',
    inferred: [],
    evidence: [],
    ...rest,
  };
}

const offline = (s: Partial<Scope> & { reaches?: string[] } = {}) => scope({ status: 'unknown', resolution: 'offline', reason: 'offline', ...s });

function destroy(action: string, o: { backups?: boolean; inferred?: boolean } = {}): DestroyPrimitive {
  return { action, resource: 'a resource', destroysBackups: o.backups ?? false, certainty: o.inferred ? 'inferred' : 'confirmed' };
}

const agent: Partial<FindingContext> = { agentConfig: true };
const inferred: Partial<Scope> = { certainty: 'inferred', inferred: ['a fact from the token shape'] };

interface Row {
  when: string;
  env: string;
  context?: Partial<FindingContext>;
  scope: Scope;
  /** Rule ids in order; `(inferred)` after one whose certainty is inferred. */
  fires: string[];
}

// prettier-ignore
const TABLE: Row[] = [
  // Revoked: no rule, whatever else is true (the summary counts it).
  { when: 'revoked root token in staging', env: 'staging', scope: scope({ status: 'revoked', root: true, reaches: ['*'], destroy: [destroy('volumeDelete', { backups: true })] }), fires: [] },
  { when: 'revoked token in an agent config', env: 'unknown', context: agent, scope: scope({ status: 'revoked' }), fires: [] },

  // Nothing strong: ABR006 when live, ABR007 when the scope is unknown.
  { when: 'live token, reaches its own production', env: 'production', scope: scope({ reaches: ['production'] }), fires: ['ABR006'] },
  { when: 'live token, reaches its own staging', env: 'staging', scope: scope({ reaches: ['staging'] }), fires: ['ABR006'] },
  { when: 'live token, scope inferred, nothing else: ABR006 is confirmed', env: 'staging', scope: scope({ ...inferred }), fires: ['ABR006'] },
  { when: 'offline, nothing known', env: 'unknown', scope: offline(), fires: ['ABR007'] },
  { when: 'provider unreachable (online, unknown)', env: 'staging', scope: scope({ status: 'unknown', reason: 'timeout' }), fires: ['ABR007'] },

  // ABR001 root.
  { when: 'root token in a production file', env: 'production', scope: scope({ root: true, reaches: ['*'] }), fires: ['ABR001'] },
  { when: 'root token in staging: reaches production too', env: 'staging', scope: scope({ root: true, reaches: ['*'] }), fires: ['ABR001', 'ABR002'] },
  { when: 'root token, environment unknown (counts as non-production)', env: 'unknown', scope: scope({ root: true, reaches: ['*'] }), fires: ['ABR001', 'ABR002'] },
  { when: 'root from the token shape alone (offline): no ABR007', env: 'production', scope: offline({ root: true, reaches: ['*'], ...inferred }), fires: ['ABR001 (inferred)'] },

  // ABR002 production reach from non-production.
  { when: 'staging file reaching production', env: 'staging', scope: scope({ reaches: ['production'] }), fires: ['ABR002'] },
  { when: 'unknown environment reaching production', env: 'unknown', scope: scope({ reaches: ['production'] }), fires: ['ABR002'] },
  { when: 'staging file reaching every environment, not root', env: 'staging', scope: scope({ reaches: ['*'] }), fires: ['ABR002'] },
  { when: 'production reach inferred', env: 'development', scope: scope({ reaches: ['production'], ...inferred }), fires: ['ABR002 (inferred)'] },

  // ABR003 destructive, ABR004 backups: certainty from the destroy primitives, not the scope.
  { when: 'can delete, backups survive', env: 'production', scope: scope({ destroy: [destroy('bucketDelete')] }), fires: ['ABR003'] },
  { when: 'can delete the data and its backups', env: 'production', scope: scope({ destroy: [destroy('volumeDelete', { backups: true })] }), fires: ['ABR003', 'ABR004'] },
  {
    when: 'confirmed delete, inferred backup delete',
    env: 'production',
    scope: scope({ destroy: [destroy('bucketDelete'), destroy('backupDelete', { backups: true, inferred: true })] }),
    fires: ['ABR003', 'ABR004 (inferred)'],
  },
  {
    when: 'every destroy primitive inferred',
    env: 'production',
    scope: scope({ destroy: [destroy('DROP DATABASE', { inferred: true }), destroy('FLUSHALL', { backups: true, inferred: true })] }),
    fires: ['ABR003 (inferred)', 'ABR004 (inferred)'],
  },
  { when: 'confirmed destroy on an inferred scope', env: 'production', scope: scope({ ...inferred, destroy: [destroy('volumeDelete', { backups: true })] }), fires: ['ABR003', 'ABR004'] },
  {
    when: 'offline, destroy inferred from the shape: no ABR007',
    env: 'production',
    scope: offline({ ...inferred, destroy: [destroy('DROP TABLE', { inferred: true })] }),
    fires: ['ABR003 (inferred)'],
  },

  // ABR005 agent config: always confirmed (the file is read, not inferred), and it silences ABR006/ABR007.
  { when: 'live token in an agent config', env: 'unknown', context: agent, scope: scope(), fires: ['ABR005'] },
  { when: 'offline token in an agent config: no ABR007', env: 'unknown', context: agent, scope: offline({ ...inferred }), fires: ['ABR005'] },
  { when: "token in the agent's environment", env: 'unknown', context: { agentConfig: true, origin: 'process-env' }, scope: scope(), fires: ['ABR005'] },

  // ABR008 cross-environment: does not silence ABR006/ABR007.
  { when: 'staging file reaching preview and development', env: 'staging', scope: scope({ reaches: ['staging', 'preview', 'development'] }), fires: ['ABR008', 'ABR006'] },
  { when: 'offline, staging reaching preview (inferred)', env: 'staging', scope: offline({ reaches: ['preview'], ...inferred }), fires: ['ABR008 (inferred)', 'ABR007'] },
  { when: 'own environment unknown: no other environment', env: 'unknown', scope: scope({ reaches: ['staging', 'preview'] }), fires: ['ABR006'] },
  { when: 'development reaching production and staging', env: 'development', scope: scope({ reaches: ['production', 'staging'] }), fires: ['ABR002', 'ABR008'] },
  { when: 'production file reaching staging', env: 'production', scope: scope({ reaches: ['production', 'staging'] }), fires: ['ABR008', 'ABR006'] },

  // Everything at once.
  {
    when: 'the incident: staging, account token, volume delete with backups, in an MCP config',
    env: 'staging',
    context: agent,
    scope: scope({ root: true, reaches: ['*'], destroy: [destroy('volumeDelete', { backups: true })] }),
    fires: ['ABR001', 'ABR002', 'ABR003', 'ABR004', 'ABR005'],
  },
  {
    when: 'the incident, inferred offline',
    env: 'staging',
    context: agent,
    scope: offline({ root: true, reaches: ['*', 'preview'], destroy: [destroy('volumeDelete', { backups: true, inferred: true })], ...inferred }),
    fires: ['ABR001 (inferred)', 'ABR002 (inferred)', 'ABR003 (inferred)', 'ABR004 (inferred)', 'ABR005', 'ABR008 (inferred)'],
  },
];

const fired = (row: Row) => classify([finding(row.env, row.context)], row.scope, 'Rotate it.').map((r) => (r.certainty === 'inferred' ? `${r.ruleId} (inferred)` : r.ruleId));

describe('classification decision table', () => {
  it.each(TABLE.map((row) => [row.when, row] as const))('%s', (_, row) => {
    expect(fired(row)).toEqual(row.fires);
  });

  it('covers every rule, and every rule both confirmed and inferred where it can be', () => {
    const seen = new Set(TABLE.flatMap((r) => r.fires));
    for (const id of RULE_IDS) expect(seen.has(id), `no row fires ${id}`).toBe(true);
    for (const id of ['ABR001', 'ABR002', 'ABR003', 'ABR004', 'ABR008']) expect(seen.has(`${id} (inferred)`), `no row fires ${id} inferred`).toBe(true);
  });
});

describe('classification data', () => {
  it('ABR002 says what was reached; ABR008 names the other environments; ABR007 carries the reason', () => {
    const [all] = classify([finding('staging')], scope({ reaches: ['*'] }), '');
    expect(all.data).toEqual({ environment: 'staging', reached: 'every environment, production included' });
    const [prod] = classify([finding('unknown')], scope({ reaches: ['production'] }), '');
    expect(prod.data).toEqual({ environment: 'unknown', reached: 'production' });
    const [cross] = classify([finding('staging')], scope({ reaches: ['staging', 'preview', 'development'] }), '');
    expect(cross.data).toEqual({ environment: 'staging', reached: 'preview, development' });
    const [unverified] = classify([finding('staging')], offline({ reason: 'the scan ran offline' }), '');
    expect(unverified.data).toEqual({ reason: 'the scan ran offline' });
  });

  it('ABR003 lists every destroy action, ABR004 only those that take the backups', () => {
    const rs = classify([finding('production')], scope({ destroy: [destroy('bucketDelete'), destroy('volumeDelete', { backups: true })] }), '');
    expect(rs.map((r) => [r.ruleId, r.data.actions])).toEqual([
      ['ABR003', 'bucketDelete, volumeDelete'],
      ['ABR004', 'volumeDelete'],
    ]);
  });

  it('one result per occurrence per rule, the other occurrences related, remediation carried', () => {
    const occurrences = [finding('staging', {}, 3), finding('staging', {}, 9)];
    const rs = classify(occurrences, scope({ reaches: ['production'] }), 'Use a project token.');
    expect(rs.map((r) => [r.ruleId, r.finding.line, r.related.map((l) => l.line)])).toEqual([
      ['ABR002', 3, [9]],
      ['ABR002', 9, [3]],
    ]);
    expect(rs.every((r) => r.remediation === 'Use a project token.')).toBe(true);
  });

  it('each occurrence is classified in its own context', () => {
    const rs = classify([finding('production'), finding('staging', agent, 2)], scope({ reaches: ['production'] }), '');
    expect(rs.map((r) => `${r.finding.context.environment}:${r.ruleId}`)).toEqual(['production:ABR006', 'staging:ABR002', 'staging:ABR005']);
  });
});
