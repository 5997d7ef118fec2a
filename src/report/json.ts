// JSON: the same data as SARIF in a plain documented shape (docs/json-schema.json). Never the secret.
import { severityOf } from '../context/rules.js';
import type { Result, ScanReport } from '../types.js';
import { message, tokenKindOf } from './messages.js';
import { describeResource, scopeJson } from './resources.js';

export function resultJson(r: Result) {
  const f = r.finding;
  return {
    ruleId: r.ruleId,
    // The `--fail-on` band this result falls in (its rule's; an occurrence is as severe as its worst result).
    severity: severityOf([r.ruleId]).band,
    message: message(r),
    location: { path: f.path, line: f.line, column: f.column, endLine: f.endLine, endColumn: f.endColumn, ...(f.commit ? { commit: f.commit, removed: Boolean(f.removed) } : {}) },
    related: r.related,
    ...(r.relatedMore ? { relatedMore: r.relatedMore } : {}),
    provider: f.provider,
    ...(f.shared && !f.shared.decidedBy ? { issuers: f.shared.issuers } : {}),
    detector: f.detectorId,
    tokenKind: tokenKindOf(r),
    variable: f.context.variable ?? null,
    fingerprint: f.fingerprint,
    redacted: f.redacted,
    environment: f.context.environment,
    fileEnvironment: f.context.fileEnvironment,
    agentConfig: f.context.agentConfig,
    origin: f.context.origin,
    ...(f.context.encoding ? { encoding: f.context.encoding } : {}),
    facts: f.facts,
    certainty: r.certainty,
    resolution: r.scope.resolution,
    scope: scopeJson(r.scope),
    remediation: r.remediation,
    ...(r.accepted ? { accepted: r.accepted } : {}),
    ...(r.connected?.length
      ? {
          connected: r.connected.map((c) => ({
            resource: describeResource({ ...c.resource, within: undefined }),
            provider: c.provider,
            tokenKind: c.tokenKind,
            locations: c.locations,
            ...(c.locationsMore ? { locationsMore: c.locationsMore } : {}),
          })),
        }
      : {}),
    ...(r.connectedMore ? { connectedMore: r.connectedMore } : {}),
  };
}

export function toJson(report: ScanReport, showRevoked = false): string {
  return JSON.stringify(jsonReport(report, showRevoked), null, 2) + '\n';
}

/** The JSON report as data (the CLI writes it in pieces: src/report/stream.ts). */
export function jsonReport(report: ScanReport, showRevoked = false) {
  return {
    tool: report.tool,
    summary: report.summary,
    results: report.results.map(resultJson),
    revoked: showRevoked
      ? report.revoked.map((f) => ({
          path: f.path,
          line: f.line,
          ...(f.commit ? { commit: f.commit, removed: Boolean(f.removed) } : {}),
          ...(f.context.variable ? { variable: f.context.variable } : {}),
          provider: f.provider,
          tokenKind: f.tokenKind,
          fingerprint: f.fingerprint,
          redacted: f.redacted,
        }))
      : [],
  };
}
