// SARIF 2.1.0 for GitHub code scanning: rules carry security-severity and Markdown help; one result
// per occurrence per rule, the other places holding the same secret as relatedLocations.
import type { Log, ReportingDescriptor, Result as SarifResult } from 'sarif';
import { pathToFileURL } from 'node:url';
import { resolve } from 'node:path';
import { PROJECT_URI, RULE_BY_ID, RULES, type Rule } from '../context/rules.js';
import type { Location, ScanReport } from '../types.js';
import { homeDirectory } from '../context/home.js';
import { deadlineSummary, message, providerName, tokenKindOf, unreportedSummary } from './messages.js';
import { describeResource, scopeJson } from './resources.js';

function ruleDescriptor(r: Rule): ReportingDescriptor {
  return {
    id: r.id,
    name: r.name,
    shortDescription: { text: r.short },
    fullDescription: { text: r.full },
    defaultConfiguration: { level: r.level },
    helpUri: r.helpUri,
    help: r.help,
    properties: { tags: ['security', 'secrets', 'agent', r.name], precision: 'high', 'security-severity': r.severity.toFixed(1) },
  };
}

const encodePath = (p: string) => p.split('/').map(encodeURIComponent).join('/');

/** Workspace files relative to ROOT; home stores relative to HOME; inherited variables under ENV (GitHub rejects absolute and non-file URIs). */
function uriOf(path: string, _root: string): { uri: string; uriBaseId: string } {
  if (path.startsWith('~/')) return { uri: encodePath(path.slice(2)), uriBaseId: 'HOME' };
  if (path.startsWith('env:')) return { uri: encodeURIComponent(path.slice(4)), uriBaseId: 'ENV' };
  return { uri: encodePath(path), uriBaseId: 'ROOT' };
}

function physical(l: Location, root: string) {
  return {
    physicalLocation: {
      artifactLocation: uriOf(l.path, root),
      region: { startLine: l.line, startColumn: l.column, endLine: l.endLine, endColumn: l.endColumn },
    },
    // A blob of git history: the path it had, and the commit that first held it (the file may be gone).
    ...(l.commit ? { properties: { commit: l.commit, removed: Boolean(l.removed) } } : {}),
  };
}

export function toSarif(report: ScanReport): Log {
  const root = resolve(report.summary.root);
  const results: SarifResult[] = report.results.map((r) => {
    const f = r.finding;
    return {
      ruleId: r.ruleId,
      ruleIndex: RULES.findIndex((x) => x.id === r.ruleId),
      level: RULE_BY_ID.get(r.ruleId)!.level,
      message: { text: `${message(r)} Fix: ${r.remediation}` },
      locations: [physical(f, root)],
      relatedLocations: [
        ...r.related.map((l) => ({ ...physical(l, root), message: { text: 'The same secret is also here.' } })),
        // Another credential reaching the same resource (one Supabase project): its own alert, linked here.
        ...(r.connected ?? []).flatMap((c) =>
          c.locations.map((l) => ({
            ...physical(l, root),
            message: { text: `A ${providerName(c.provider)} ${c.tokenKind} that reaches the same ${describeResource({ ...c.resource, within: undefined })}.` },
          })),
        ),
      ].map((l, i) => ({ id: i + 1, ...l })),
      partialFingerprints: { 'abrSecret/v1': f.fingerprint },
      // Accepted on purpose (config, baseline or inline allow): still reported, marked suppressed with the reason.
      ...(r.accepted ? { suppressions: [{ kind: r.accepted.kind, status: 'accepted' as const, justification: r.accepted.justification }] } : {}),
      properties: {
        provider: f.provider,
        ...(f.shared && !f.shared.decidedBy ? { issuers: f.shared.issuers } : {}),
        detector: f.detectorId,
        tokenKind: tokenKindOf(r),
        fingerprint: f.fingerprint,
        redacted: f.redacted,
        environment: f.context.environment,
        fileEnvironment: f.context.fileEnvironment,
        variable: f.context.variable ?? null,
        agentConfig: f.context.agentConfig,
        ...(f.context.encoding ? { encoding: f.context.encoding } : {}),
        certainty: r.certainty,
        resolution: r.scope.resolution,
        scope: scopeJson(r.scope),
        remediation: r.remediation,
        // The other places beyond those listed as relatedLocations (at most 10 are), counted.
        ...(r.relatedMore ? { relatedMore: r.relatedMore } : {}),
        // Other credentials reaching the same resource beyond those linked (at most ten, each at most ten places), counted.
        ...(r.connectedMore ? { connectedMore: r.connectedMore } : {}),
        ...(r.connected?.some((c) => c.locationsMore) ? { connectedPlacesMore: r.connected.reduce((n, c) => n + (c.locationsMore ?? 0), 0) } : {}),
      },
    };
  });
  const s = report.summary;
  const notifications = [
    ...(s.unreported ? [{ level: 'warning' as const, descriptor: { id: 'unreported-findings' }, message: { text: unreportedSummary(s.unreported) } }] : []),
    ...(s.deadline ? [{ level: 'warning' as const, descriptor: { id: 'deadline-passed' }, message: { text: deadlineSummary(s.deadline) } }] : []),
  ];
  return {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: report.tool.name,
            version: report.tool.version,
            semanticVersion: report.tool.version,
            informationUri: PROJECT_URI,
            rules: RULES.map(ruleDescriptor),
          },
        },
        originalUriBaseIds: {
          ROOT: { uri: pathToFileURL(root + '/').href },
          ...(report.results.some((r) => r.finding.path.startsWith('~/') || r.related.some((l) => l.path.startsWith('~/')))
            ? { HOME: { uri: pathToFileURL(resolve(homeDirectory()) + '/').href } }
            : {}),
          ...(report.results.some((r) => r.finding.path.startsWith('env:')) ? { ENV: { uri: 'env:/', description: { text: 'Environment variables the agent inherits' } } } : {}),
        },
        columnKind: 'utf16CodeUnits',
        // Findings a limit left out, and what a deadline left unread, are said where a SARIF reader looks for what the
        // run did not do, and counted in the summary.
        ...(notifications.length ? { invocations: [{ executionSuccessful: !report.summary.deadline, toolExecutionNotifications: notifications }] } : {}),
        results,
        properties: { summary: report.summary },
      },
    ],
  };
}
